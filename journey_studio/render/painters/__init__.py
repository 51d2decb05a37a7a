"""Painters: each draws the shapes of the shared layout on one kind of surface."""
