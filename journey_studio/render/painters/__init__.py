"""Painters: each draws the shapes of the one layout (render.layout) on one kind of surface.

`qt` draws with a QPainter (the canvas items, the PNG export and printing); `pdf` draws
vectors on a reportlab canvas (the PDF export); `svg` writes SVG elements (the SVG export and
Copy as Image). None decides where anything goes: the layout did. (The PowerPoint export,
``export/pptx_painter``, turns the layout's boxes into editable slide shapes.)
"""
