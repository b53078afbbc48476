"""Agreements (SLAs, OLAs, underpinning contracts): their page, the editor and its tabs, the
lifecycle steps and their dialogs."""
