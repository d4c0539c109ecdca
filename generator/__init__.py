"""Turns the admission notices of data/ into a validated model and a bilingual static site."""
