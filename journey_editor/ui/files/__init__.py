"""Open, save and import; locks, the disk watch, autosave, recovery and load errors."""
