"""Helpers shared by the tests - not tests themselves (pytest collects nothing here).

Test modules import what they share from this package, never from another test module or from a
``conftest.py`` (those hold fixtures only):

* :mod:`tests.support.project` - copy the project, run a real ``mkdocs build``, snapshot a built site;
* :mod:`tests.support.params` - the few parameter lists read from data files at collection time;
* :mod:`tests.support.bad_data` - the bad-data cases (one defect each) and the message each must give;
* :mod:`tests.support.messages` - cut a staff message into its Vietnamese and English halves (checks the shape);
* :mod:`tests.support.browser` - Chromium's command line and the two viewports;
* :mod:`tests.support.qr` - decode a QR code the way a phone camera would;
* :mod:`tests.support.node` - run the search worker's JavaScript in node;
* :mod:`tests.support.strings` - the real UI strings tables, filled from the data;
* :mod:`tests.support.content`, :mod:`tests.support.photos` - projects with hostile staff text, with phone photos.
"""
