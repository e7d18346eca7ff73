"""Email in the contact's language, routing by preference, broadcasts, delivery status"""
