"""Packages of the wheel: the code, plus the top-level resources/ and icons/ as package data."""

from setuptools import find_packages, setup

setup(
    packages=find_packages(include=["journey_studio", "journey_studio.*"])
    + ["journey_studio._resources", "journey_studio._icons"],
    package_dir={"journey_studio._resources": "resources", "journey_studio._icons": "icons"},
)
