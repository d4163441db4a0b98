"""Fonts shipped with edu (DejaVu Sans, see LICENSE.txt) so PDFs print every character."""
