"""Install resources/ (fonts, layouts, demo data, translations, sounds) as `checkin.resources`.

pyproject.toml alone cannot map a top-level folder into the package while still
discovering the package's subpackages, so that one mapping lives here.
"""

import os

from setuptools import find_packages, setup

resource_packages = ["checkin.resources"] + [
    "checkin.resources." + os.path.relpath(root, "resources").replace(os.sep, ".")
    for root, dirs, _files in os.walk("resources")
    if root != "resources" and "__pycache__" not in root
]

setup(
    packages=find_packages(include=["checkin", "checkin.*"]) + resource_packages,
    package_dir={"checkin.resources": "resources"},
    package_data={name: ["*", "**/*"] for name in resource_packages},
    include_package_data=True,
)
