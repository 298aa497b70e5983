#!/usr/bin/env python3
"""Writes a small scoring sheet as a Word document (.docx) with only the standard library: a title
paragraph and one table whose task and stage cells are merged down their rows, as an office types
it. eng/check-aot.sh reads it with the native host, so the Open XML SDK is exercised after trimming.

    python3 eng/make-docx-sheet.py OUT.docx
"""
import sys
import zipfile
from xml.sax.saxutils import escape

ROWS = [
    ["工作任务", "阶段", "序号", "考核内容", "分值"],
    ["三项活动（3分）", "准备阶段（3分）", "1", "成立领导小组，有专人负责。（未成立的扣1分）", "1"],
    [None, None, "2", "撰写党性分析材料。（查看材料，未完成每人次扣0.5分，没做的扣2分）", "2"],
]
MERGED = {0, 1}
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def paragraph(text):
    return f'<w:p><w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def cell(rows, r, c):
    text = rows[r][c]
    merge = ""
    if c in MERGED and r > 0:
        if text is None:
            merge = "<w:tcPr><w:vMerge/></w:tcPr>"
        elif r + 1 < len(rows) and rows[r + 1][c] is None:
            merge = '<w:tcPr><w:vMerge w:val="restart"/></w:tcPr>'
    return f"<w:tc>{merge}{paragraph(text or '')}</w:tc>"


table = "<w:tbl>" + "".join(
    "<w:tr>" + "".join(cell(ROWS, r, c) for c in range(len(ROWS[r]))) + "</w:tr>" for r in range(len(ROWS))
) + "</w:tbl>"
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{paragraph("党建工作考核评分细则")}{table}<w:sectPr/></w:body></w:document>'
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as docx:
    docx.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    docx.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>')
    docx.writestr("word/document.xml", document)
