"""The typed model of the admission data. Every view is computed from it."""
