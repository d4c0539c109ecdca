"""The public site: pages generated from the model at build time, views, downloads, and the MkDocs hook."""
