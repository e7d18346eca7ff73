"""Rentals, invoices, payments, payment methods, disputes"""
