"""Painters: each draws the shapes of the one layout (render.layout) on one kind of surface.

`qt` draws with a QPainter (the canvas items and the PNG export); `pdf` draws vectors on a
reportlab canvas (the PDF export). Neither decides where anything goes: the layout did.
"""
