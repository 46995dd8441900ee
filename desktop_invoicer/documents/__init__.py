"""Documents: invoice PDFs, templates and (later) exports.

- ``pdf.render_invoice_pdf(invoice, customer, business, out, template=None)`` writes a
  PDF to a path or a binary stream; ``pdf.invoice_pdf_bytes(...)`` returns the bytes.
- ``template.InvoiceTemplate`` / ``template.load_template("classic")``: the look, as JSON
  in ``resources/templates/``.
- ``paths.resource_path("fonts", "DejaVuSans.ttf")``: bundled resources.
- ``localization.DocumentLocale("de")``: labels (``resources/labels/``), dates, numbers
  and money in the customer's locale (babel/CLDR); Arabic and Hebrew right to left.
- ``einvoice.facturx_xml(...)`` / ``facturx_pdf(...)``: Factur-X EN 16931 e-invoices.

Only ``pdf``, its ``pdf_*`` parts and ``fonts`` import reportlab; this package, ``template``, ``formatting``
and ``paths`` do not, so importing the app stays fast.
"""
