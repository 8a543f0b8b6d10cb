"""The PDF dialog, its options panel, live preview and export job; the image dialog."""
