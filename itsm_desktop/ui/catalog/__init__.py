"""The service catalog: its page, the service editor and its parts, the service families."""
