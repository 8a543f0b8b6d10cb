"""Map ▸ Channels…: the channel catalogue editor (add, rename, recolour, icon, kind, reorder,
delete an unused channel, merge one into another), each change one undo step."""
