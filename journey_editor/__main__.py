import sys

from journey_editor.cli import main

sys.exit(main())
