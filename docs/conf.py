"""Sphinx configuration for econparse's documentation."""

from econparse import __version__

project = "econparse"
author = "The econparse developers"
copyright = "2026, The econparse developers"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
# attrs-generated helpers and enum internals are not API
autodoc_inherit_docstrings = False


html_theme = "furo"
html_title = f"econparse {release}"
