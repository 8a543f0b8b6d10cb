"""Exit codes of the `journey-editor` command (documented in the README)."""

OK = 0
INVALID_INPUT = 1  # a file could not be read or is not a valid map
USAGE = 2  # the command line itself is wrong (argparse uses 2 as well)
CANNOT_WRITE = 3  # an output file could not be written
MISSING_LIBRARY = 4  # the window cannot open: a system library Qt needs is not installed
INTERRUPTED = 130
