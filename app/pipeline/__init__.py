"""Reading documents: PDF text, OCR, e-invoices, field extraction, matching, coding, validation.

Pure functions over plain data; nothing here touches the database or Qt.
"""
