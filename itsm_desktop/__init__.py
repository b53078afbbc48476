"""ITSM Desktop: service catalog, stakeholders and printable agreements for small IT teams."""

__version__ = "0.1.0"
APP_NAME = "ITSM Desktop"
APP_ID = "itsm-desktop"
