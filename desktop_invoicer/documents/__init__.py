"""Documents: invoice PDFs, templates and (later) exports.

- ``pdf.render_invoice_pdf(invoice, customer, business, out, template=None)`` writes a
  PDF to a path or a binary stream; ``pdf.invoice_pdf_bytes(...)`` returns the bytes.
- ``template.InvoiceTemplate`` / ``template.load_template("classic")``: the look, as JSON
  in ``resources/templates/``.
- ``paths.resource_path("fonts", "DejaVuSans.ttf")``: bundled resources.

Only ``pdf``, its ``pdf_*`` parts and ``fonts`` import reportlab; this package, ``template``, ``formatting``
and ``paths`` do not, so importing the app stays fast.
"""
