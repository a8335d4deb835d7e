"""The ISSLIDE Processing provider: thin algorithms that map parameters to a core call."""
