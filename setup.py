"""Packages for setuptools: everything under desktop_invoicer/, plus resources/ mapped inside it.

The top-level resources/ folder (fonts, templates, icons) ships in the wheel as
``desktop_invoicer/resources/``, where ``documents.paths.resource_path`` looks.
All other metadata lives in pyproject.toml.
"""

from setuptools import find_packages, setup

setup(
    packages=[
        *find_packages(include=["desktop_invoicer", "desktop_invoicer.*"]),
        "desktop_invoicer.resources",
    ],
    package_dir={"desktop_invoicer.resources": "resources"},
)
