"""Classroom handouts (PDF, HTML, Markdown worksheets with answer keys) and LMS exports.

layout.py chooses and orders questions; pdf.py, html.py and markdown.py render the same
layout; files.py names the output files; export.py writes Moodle GIFT and CSV.
"""
