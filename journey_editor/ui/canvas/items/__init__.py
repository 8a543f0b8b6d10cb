"""The scene's items: paint-only, each holding the id of what it shows and the layout record
(its `spec`) it was drawn from. They never touch the model; gestures live in `interactions`."""
