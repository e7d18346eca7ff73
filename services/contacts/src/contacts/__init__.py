"""Customer records: the customer, people, cars, documents, CRM fields, search, timeline"""
