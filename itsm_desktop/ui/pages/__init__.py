"""The pages of the main window: home, service catalog, organizations, contacts."""
