"""The palette dock: tiles to drag onto the map (channels, stage, persona, lanes)."""
