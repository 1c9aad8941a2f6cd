"""Scanned forms read line by line: memoranda, airtels, teletypes, cables, letters.

* `lines`: the page's lines, header label lines, value lines and running text
* `names`: people in header values, and how a typed name is written
* `header`: the run of header labels that is the document's header, and its fields
* `dates`: the document's date and the evidence against it
* `doc_type`: the kind of document the page names
* `people`: sender and addressee from cables, FBI offices, letters and signatures
* `titles`: a run-on heading or a cable's opening words
* `quality`: how readable the OCR is
"""
