"""View models: what each page shows, computed from the dataset, ready for templates to loop over."""
