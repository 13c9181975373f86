"""The web UI: server-side highlighting and timeline layout, Jinja2 templates and our own static JS/CSS."""
