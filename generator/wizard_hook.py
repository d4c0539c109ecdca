"""MkDocs hook of the eligibility wizard (owned by the wizard engineer); stub until then."""
