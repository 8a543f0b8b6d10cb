"""The window shell: main window, menus, actions, preferences, help, crash guard, start-up."""
