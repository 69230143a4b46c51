#!/usr/bin/env python3
"""Regenerates the .docx plan fixtures of this folder (second batch), the way offices make them.

    python3 make_docx.py            (writes next to this script; output is byte-stable)

Only the standard library is used: every part is handwritten WordprocessingML.

hau-loc-word-outline-hidden-comment-2026.docx (commune plan, Thanh Hóa)
  - EVERY heading is Word multi-level list numbering (I. / 1. / a)) and every item a Word "-" bullet:
    none of the numbering is in the text;
  - the themes are the a) entries under "1. Nội dung thi đua" of "II. NỘI DUNG, CHỈ TIÊU THI ĐUA"
    (the sibling "2. Chỉ tiêu thi đua" holds targets, not themes);
  - the criteria headings are a) entries under "2. Tiêu chí cụ thể" (after a "1. Tiêu chí chung");
  - issuing-body header and motto in a borderless 2-column table;
  - a hidden paragraph (w:vanish on the runs and on the paragraph mark) "Số: 999/KH-UBND" before the
    real "Số: 57/KH-UBND"; a hidden run inside a theme title; a hidden, numbered "Giai đoạn 3" paragraph;
  - two comments (word/comments.xml) with misleading numbers, phases, deadlines and forms;
  - one legal basis and one deadline sentence each split into two w:p in the middle of the sentence
    (the second part unnumbered, starting in lower case or with "(");
  - recipients (typed "- ") and signature side by side in a borderless table.

hue-quyet-dinh-bang-hinh-thuc-2026.docx (Thành phố Huế, a centrally-run city: decision + attached plan)
  - header table of one row, the number inside the left cell;
  - the plan's themes are bold UNNUMBERED paragraphs, each followed by typed "- " items, after a
    plain (not bold) introductory paragraph;
  - the award forms are given in a bordered table "TT | Thời điểm khen thưởng | Hình thức khen thưởng",
    one form per paragraph inside the cell;
  - typed numbering ("I.", "1.") elsewhere; decision signature table; page break before the plan.

trung-khanh-heading-styles-tabs-2026.docx (commune plan, Cao Bằng)
  - NO header table: the header is three paragraphs laid out with centred tab stops
    ("UBND TỈNH …<tab>CỘNG HÒA …", "… <tab>Độc lập …", "Số: 65/KH-UBND<tab>Trùng Khánh, ngày …");
  - headings are paragraphs styled Heading1 / Heading2 whose list numbering comes from the STYLE
    (w:numPr in styles.xml), and items are styled "List Bullet" (numbering also from the style):
    no paragraph carries its own w:numPr;
  - the subject line sits in a block-level content control (w:sdt);
  - rsid attributes, proofErr marks and words split across runs, as Word writes them;
  - recipients are ONE paragraph with soft line breaks (w:br), and so is the signature block.
"""
import os
import unicodedata
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
FIXED_TIME = (2026, 8, 1, 8, 0, 0)

# numbering instances
OUTLINE, BULLET, STYLE_OUTLINE, STYLE_BULLET = 1, 2, 3, 4


def lvl(ilvl, fmt, text, left, hanging=360, bold=False, pstyle=None):
    rpr = '<w:rPr><w:b/></w:rPr>' if bold else ''
    ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ''
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{ps}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def numbering_xml():
    outline = ''.join([lvl(0, 'upperRoman', '%1.', 360, 360, bold=True),
                       lvl(1, 'decimal', '%2.', 567, 283, bold=True),
                       lvl(2, 'lowerLetter', '%3)', 851, 284)]
                      + [lvl(i, 'decimal', f'%{i + 1}.', 1134 + 284 * i, 284) for i in range(3, 9)])
    bullets = ''.join([lvl(0, 'bullet', '-', 851, 284), lvl(1, 'bullet', '+', 1135, 284)]
                      + [lvl(i, 'bullet', '-', 1135 + 284 * i, 284) for i in range(2, 9)])
    style_outline = ''.join([lvl(0, 'upperRoman', '%1.', 360, 360, pstyle='Heading1'),
                             lvl(1, 'decimal', '%2.', 567, 283, pstyle='Heading2')]
                            + [lvl(i, 'decimal', f'%{i + 1}.', 851 + 284 * i, 284) for i in range(2, 9)])
    style_bullets = ''.join([lvl(0, 'bullet', '-', 851, 284, pstyle='ListBullet')]
                            + [lvl(i, 'bullet', '-', 1135 + 284 * i, 284) for i in range(1, 9)])
    parts = [
        f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{outline}</w:abstractNum>',
        f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>{bullets}</w:abstractNum>',
        f'<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="multilevel"/>{style_outline}</w:abstractNum>',
        f'<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="singleLevel"/>{style_bullets}</w:abstractNum>',
    ]
    for num_id, abs_id in ((OUTLINE, 0), (BULLET, 1), (STYLE_OUTLINE, 2), (STYLE_BULLET, 3)):
        parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/></w:num>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:numbering xmlns:w="{W_NS}">' + ''.join(parts) + '</w:numbering>')


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:numId w:val="{STYLE_OUTLINE}"/></w:numPr><w:spacing w:before="120" w:after="60"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{STYLE_OUTLINE}"/></w:numPr><w:spacing w:before="60" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:bCs/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:numPr><w:numId w:val="{STYLE_BULLET}"/></w:numPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:proofState w:spelling="clean" w:grammar="clean"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''


def content_types(comments):
    extra = ('<Override PartName="/word/comments.xml" '
             'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
             if comments else '')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
            '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
            f'{extra}'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            '</Types>')


ROOT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''


def doc_rels(comments):
    extra = ('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" '
             'Target="comments.xml"/>' if comments else '')
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
            f'{extra}</Relationships>')


def core_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>Văn thư</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-08-01T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>')


APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application></Properties>')


def comments_xml(comments):
    out = []
    for cid, text in enumerate(comments):
        paras = ''.join(f'<w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:t xml:space="preserve">'
                        f'{escape(unicodedata.normalize("NFC", t))}</w:t></w:r></w:p>' for t in text)
        out.append(f'<w:comment w:id="{cid}" w:author="Nguyễn Văn Bình" w:date="2026-08-18T09:15:00Z" '
                   f'w:initials="NVB">{paras}</w:comment>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:comments xmlns:w="{W_NS}">' + ''.join(out) + '</w:comments>')


# ---------------------------------------------------------------------------------------------
# a tiny builder: a run is a str, or (text, fmt) with fmt among b, i, h (hidden); or a marker
# ---------------------------------------------------------------------------------------------
BR = ('<w:r><w:br/></w:r>',)
PAGE = ('<w:r><w:br w:type="page"/></w:r>',)
TAB = ('<w:r><w:tab/></w:r>',)
PROOF_START = ('<w:proofErr w:type="spellStart"/>',)
PROOF_END = ('<w:proofErr w:type="spellEnd"/>',)


def raw(xml):
    return (xml,)


def B(t):
    return (t, 'b')


def I(t):
    return (t, 'i')


def BI(t):
    return (t, 'bi')


def H(t):
    return (t, 'h')


def BS(t):      # bold, 12 pt: the header lines
    return (t, 'bS')


def S(t):       # 12 pt
    return (t, 'S')


RSID = ['00A41C2E', '004B7D19', '00E3F5A8', '0062C0B4']


def run(r, n=[0]):
    if isinstance(r, tuple) and len(r) == 1:
        return r[0]
    text, fmt = (r, '') if isinstance(r, str) else r
    text = unicodedata.normalize('NFC', text)
    rpr = ''
    if fmt:
        rpr = ('<w:rPr>' + ('<w:b/><w:bCs/>' if 'b' in fmt else '') + ('<w:i/><w:iCs/>' if 'i' in fmt else '')
               + ('<w:vanish/>' if 'h' in fmt else '') + ('<w:sz w:val="24"/><w:szCs w:val="24"/>' if 'S' in fmt else '')
               + '</w:rPr>')
    n[0] += 1
    return f'<w:r w:rsidRPr="{RSID[n[0] % len(RSID)]}">{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, num=None, style=None, align=None, ind=None, after=None, before=None, keep=False,
         hidden=False, tabs=None):
    ppr = ''   # schema order: pStyle, keepNext, numPr, tabs, spacing, ind, jc, rPr
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    elif num is not None:
        ppr += '<w:pStyle w:val="ListParagraph"/>'
    if keep:
        ppr += '<w:keepNext/>'
    if num is not None:
        num_id, ilvl = num
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    if tabs:
        ppr += '<w:tabs>' + ''.join(f'<w:tab w:val="{v}" w:pos="{p}"/>' for v, p in tabs) + '</w:tabs>'
    if before is not None or after is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 60}"/>'
    if ind is not None:
        ppr += (f'<w:ind w:left="{ind[0]}" w:firstLine="{ind[1]}"/>' if isinstance(ind, tuple)
                else f'<w:ind w:firstLine="{ind}"/>')
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    if hidden:
        ppr += '<w:rPr><w:vanish/></w:rPr>'
    body = ''.join(run(r) for r in runs)
    return f'<w:p w:rsidR="00D31F0A" w:rsidRDefault="00D31F0A">{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{body}</w:p>'


def table(rows, widths=(3900, 5400), borders=False, header=False):
    """rows: list of rows, each a list of cells, each cell a list of paragraph xml strings"""
    if borders:
        b = ''.join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
                    for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    else:
        b = ''.join(f'<w:{s} w:val="nil"/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{b}</w:tblBorders>'
           f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for i, row in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if header and i == 0 else ''
        out.append(f'<w:tr>{trpr}')
        for w, cell in zip(widths, row):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{"".join(cell) or para()}</w:tc>')
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def sdt(alias, tag, paragraphs):
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{tag}"/><w:id w:val="-1503201321"/>'
            f'</w:sdtPr><w:sdtContent>{"".join(paragraphs)}</w:sdtContent></w:sdt>')


def document_xml(body):
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>'
            '</w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body></w:document>')


def write_docx(name, body, title, comments=None):
    path = os.path.join(HERE, name)
    parts = [('[Content_Types].xml', content_types(bool(comments))), ('_rels/.rels', ROOT_RELS),
             ('docProps/core.xml', core_xml(title)), ('docProps/app.xml', APP),
             ('word/document.xml', document_xml(body)), ('word/_rels/document.xml.rels', doc_rels(bool(comments))),
             ('word/styles.xml', STYLES), ('word/numbering.xml', numbering_xml()), ('word/settings.xml', SETTINGS)]
    if comments:
        parts.append(('word/comments.xml', comments_xml(comments)))
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in parts:
            info = zipfile.ZipInfo(n, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8'))
    return path


def center(*runs, **kw):
    return para(*runs, align='center', **kw)


def text(*runs, ind=567):
    return para(*runs, ind=ind, align='both')


def comment_start(cid):
    return raw(f'<w:commentRangeStart w:id="{cid}"/>')


def comment_end(cid):
    return raw(f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr>'
               f'<w:commentReference w:id="{cid}"/></w:r>')


# ---------------------------------------------------------------------------------------------
# 1. Hậu Lộc (Thanh Hóa): every heading in Word list numbering, hidden text, comments
# ---------------------------------------------------------------------------------------------
def hau_loc():
    def sec(t):          # I., II. …
        return para(B(t), num=(OUTLINE, 0), before=120, keep=True)

    def head(*runs):     # 1., 2. …
        return para(*[B(r) if isinstance(r, str) else r for r in runs], num=(OUTLINE, 1), align='both', keep=True)

    def letter(*runs, bold=False):   # a), b) …
        return para(*[B(r) if bold and isinstance(r, str) else r for r in runs], num=(OUTLINE, 2), align='both')

    def dash(*runs):
        return para(*runs, num=(BULLET, 0), align='both')

    body = []
    body.append(table([[
        [center(S('UBND TỈNH THANH HÓA'), after=0), center(BS('ỦY BAN NHÂN DÂN XÃ HẬU LỘC'), after=120),
         center(H('Số: 999/KH-UBND'), after=0, hidden=True),
         center('Số: 57/KH-UBND', after=0)],
        [center(BS('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), after=0), center(B('Độc lập - Tự do - Hạnh phúc'), after=120),
         center(I('Hậu Lộc, ngày 20 tháng 8 năm 2026'), after=0)],
    ]]))
    body.append(center(B('KẾ HOẠCH'), before=360, after=0))
    body.append(center(comment_start(0),
                       B('Triển khai phong trào thi đua “Hậu Lộc chuyển đổi xanh, phát triển kinh tế biển và nghề muối '
                         'truyền thống” giai đoạn 2026 - 2030'),
                       comment_end(0), after=240))
    body.append(text('Căn cứ Quyết định số 1890/QĐ-UBND ngày 02/7/2026 của Ủy ban nhân dân tỉnh Thanh Hóa ban hành Kế hoạch '
                     'triển khai phong trào thi đua “Thanh Hóa chuyển đổi xanh, phát triển kinh tế biển bền vững” giai đoạn 2026 - 2030;'))
    # a legal basis split into two paragraphs in the middle of the sentence
    body.append(text('Căn cứ Kế hoạch số 31/KH-UBND ngày 10/3/2026 của Ủy ban nhân dân xã về phát triển kinh tế biển, nghề muối'))
    body.append(para('truyền thống và sản phẩm OCOP năm 2026;', align='both'))
    body.append(text('Ủy ban nhân dân xã Hậu Lộc ban hành Kế hoạch triển khai phong trào thi đua “Hậu Lộc chuyển đổi xanh, '
                     'phát triển kinh tế biển và nghề muối truyền thống” giai đoạn 2026 - 2030 như sau:'))

    body.append(sec('MỤC ĐÍCH, YÊU CẦU'))
    body.append(head('Mục đích'))
    body.append(dash('Tạo khí thế thi đua sôi nổi trong cán bộ, đảng viên, diêm dân, ngư dân, doanh nghiệp và Nhân dân; '
                     'đưa chuyển đổi xanh trở thành động lực phát triển kinh tế biển của xã.'))
    body.append(dash('Bảo tồn, phát triển nghề muối truyền thống; nâng cao thu nhập, đời sống của người dân vùng ven biển.'))
    body.append(head('Yêu cầu'))
    body.append(dash('Phong trào thi đua được triển khai thiết thực, có chỉ tiêu cụ thể, gắn với nhiệm vụ chính trị của từng '
                     'cơ quan, đơn vị, thôn.'))
    body.append(dash('Kịp thời phát hiện, biểu dương, khen thưởng các tập thể, cá nhân tiêu biểu; tránh hình thức, lãng phí.'))

    body.append(sec('NỘI DUNG, CHỈ TIÊU THI ĐUA'))
    body.append(head('Nội dung thi đua'))
    body.append(letter('Thi đua chuyển đổi xanh trong sản xuất, kinh doanh, giảm phát thải, tiết kiệm năng lượng;', bold=True))
    body.append(dash('Khuyến khích hộ sản xuất, hợp tác xã sử dụng điện mặt trời mái nhà, máy móc tiết kiệm năng lượng.'))
    body.append(letter(B('Thi đua phát triển nghề muối truyền thống, nâng cao giá trị sản phẩm muối sạch Hậu Lộc'),
                       H(' và khôi phục nghề làm nước mắm cổ truyền (nội dung đã bỏ theo ý kiến Thường trực Đảng ủy)'),
                       B(';')))
    body.append(dash('Áp dụng quy trình sản xuất muối sạch trên nền bạt; xây dựng nhãn hiệu tập thể “Muối Hậu Lộc”.'))
    body.append(letter('Thi đua phát triển kinh tế biển, khai thác, nuôi trồng thủy sản bền vững, chống khai thác hải sản '
                       'bất hợp pháp;', bold=True))
    body.append(dash('100% tàu cá có chiều dài từ 15 mét trở lên lắp đặt, duy trì thiết bị giám sát hành trình.'))
    body.append(letter('Thi đua bảo vệ môi trường biển, rừng phòng hộ ven biển, ứng phó với biến đổi khí hậu và nước biển dâng;',
                       bold=True))
    body.append(dash('Trồng mới, chăm sóc rừng phi lao, rừng ngập mặn ven biển; thu gom rác thải tại các bến cá.'))
    body.append(letter('Thi đua xây dựng nông thôn mới kiểu mẫu vùng ven biển gắn với phong trào “Bình dân học vụ số”.',
                       bold=True))
    body.append(dash('Phổ cập kỹ năng số cho người dân; hướng dẫn sử dụng dịch vụ công trực tuyến, thanh toán điện tử.'))
    body.append(head('Chỉ tiêu thi đua'))
    body.append(dash('Đến năm 2030, 100% diện tích sản xuất muối áp dụng quy trình sản xuất muối sạch.'))
    body.append(dash('Thu nhập bình quân đầu người của xã đạt trên 80 triệu đồng/năm; tỷ lệ che phủ rừng phòng hộ ven biển '
                     'không giảm.'))

    body.append(sec('TIÊU CHÍ THI ĐUA'))
    body.append(head('Tiêu chí chung'))
    body.append(dash('Thực hiện tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; hoàn thành các chỉ tiêu tại Mục II.'))
    body.append(head('Tiêu chí cụ thể'))
    body.append(letter('Đối với các cơ quan, đơn vị thuộc Ủy ban nhân dân xã', bold=True))
    body.append(dash('Hoàn thành nhiệm vụ được giao; có ít nhất một sáng kiến về chuyển đổi xanh được công nhận.'))
    body.append(letter('Đối với Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội', bold=True))
    body.append(dash('Vận động đoàn viên, hội viên, diêm dân, ngư dân tham gia bảo vệ môi trường biển.'))
    body.append(letter('Đối với hợp tác xã, doanh nghiệp, cơ sở sản xuất muối, chế biến thủy sản', bold=True))
    body.append(dash('Áp dụng công nghệ sạch, xử lý chất thải đúng quy định; liên kết tiêu thụ sản phẩm cho diêm dân.'))
    body.append(letter('Đối với cá nhân', bold=True))
    body.append(dash('Có sáng kiến, mô hình sản xuất xanh được công nhận; gương mẫu chấp hành pháp luật.'))

    body.append(sec('HÌNH THỨC KHEN THƯỞNG'))
    body.append(head('Khen thưởng hằng năm'))
    body.append(text('Chủ tịch Ủy ban nhân dân xã tặng Giấy khen cho tập thể, cá nhân tiêu biểu; kết quả thực hiện Phong trào '
                     'thi đua là căn cứ xét tặng danh hiệu Lao động tiên tiến, Chiến sĩ thi đua cơ sở theo quy định.'))
    body.append(head('Khen thưởng sơ kết, tổng kết'))
    body.append(letter('Sơ kết giai đoạn 1 (năm 2027)', bold=True))
    body.append(dash('Giấy khen của Chủ tịch Ủy ban nhân dân xã;'))
    body.append(dash('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.'))
    body.append(letter(comment_start(1), B('Tổng kết phong trào (năm 2030)'), comment_end(1)))
    body.append(dash('Giấy khen của Chủ tịch Ủy ban nhân dân xã;'))
    body.append(dash('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;'))
    body.append(dash('Cờ thi đua của Ủy ban nhân dân tỉnh;'))
    body.append(dash('Bằng khen của Thủ tướng Chính phủ.'))

    body.append(sec('THỜI GIAN THỰC HIỆN'))
    body.append(head(B('Giai đoạn 1 (2026 - 2027): '), 'phát động Phong trào thi đua, xây dựng mô hình điểm về sản xuất muối '
                     'sạch; sơ kết vào tháng 12/2027.'))
    body.append(head(B('Giai đoạn 2 (2028 - 2030): '), 'nhân rộng các mô hình hiệu quả; tổng kết vào năm 2030.'))
    body.append(para(H('Giai đoạn 3 (2031 - 2035): tiếp tục duy trì Phong trào thi đua; tổng kết vào năm 2035.'),
                     num=(OUTLINE, 1), hidden=True))

    body.append(sec('TỔ CHỨC THỰC HIỆN'))
    body.append(head('Phòng Văn hóa - Xã hội'))
    body.append(dash('Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai, theo dõi, đôn đốc thực hiện Kế hoạch.'))
    body.append(dash('Tổng hợp kết quả, tham mưu sơ kết, tổng kết và đề xuất khen thưởng.'))
    body.append(head('Phòng Kinh tế'))
    body.append(dash('Hướng dẫn quy trình sản xuất muối sạch, nuôi trồng thủy sản bền vững, chuyển đổi xanh trong sản xuất.'))
    body.append(head('Trung tâm Dịch vụ tổng hợp xã'))
    body.append(dash('Tuyên truyền Phong trào thi đua trên hệ thống truyền thanh và trang thông tin điện tử của xã.'))
    body.append(head('Hợp tác xã sản xuất muối và các hợp tác xã nghề cá'))
    body.append(dash('Vận động xã viên đăng ký thi đua; liên kết tiêu thụ sản phẩm; xây dựng nhãn hiệu tập thể.'))
    body.append(head('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội'))
    body.append(dash('Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân hưởng ứng Phong trào thi đua.'))
    body.append(head('Các cơ quan, đơn vị, thôn'))
    body.append(dash('Xây dựng kế hoạch hưởng ứng Phong trào thi đua trong vòng 15 ngày kể từ ngày ban hành Kế hoạch này.'))
    # a deadline sentence split into two paragraphs, the second unnumbered
    body.append(dash('Định kỳ hằng năm gửi báo cáo kết quả thực hiện Phong trào thi đua về Ủy ban nhân dân xã'))
    body.append(para('(qua Phòng Văn hóa - Xã hội) trước ngày 25/11 để tổng hợp, báo cáo cấp trên.', ind=(851, 0), align='both'))
    body.append(text('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, thôn phản ánh về Ủy ban '
                     'nhân dân xã (qua Phòng Văn hóa - Xã hội) để xem xét, giải quyết./.'))

    recipients = ['- Sở Nội vụ tỉnh Thanh Hóa;', '- Sở Nông nghiệp và Môi trường;', '- TT Đảng ủy, TT HĐND xã;',
                  '- CT, các PCT UBND xã;', '- UBMTTQ Việt Nam xã;', '- Các cơ quan, đơn vị, thôn;', '- Lưu: VT, VHXH.']
    left = [para(BI('Nơi nhận:'), after=0)] + [para(r, after=0) for r in recipients]
    right = [center(B('TM. ỦY BAN NHÂN DÂN'), after=0), center(B('CHỦ TỊCH'), after=0),
             center(), center(), center(), center(B('Lê Thị Hồng Nhung'))]
    body.append(para(before=240))
    body.append(table([[left, right]], widths=(4300, 5000)))
    comments = [
        ['Đề nghị sửa số thành Số: 888/KH-UBND và tên phong trào thành “Hậu Lộc đổi mới sáng tạo” giai đoạn 2026 - 2035.',
         'Bổ sung Giai đoạn 3 (2031 - 2035): tổng kết vào năm 2035; các đơn vị gửi báo cáo trước ngày 01/10 hằng năm.'],
        ['Khi tổng kết đề nghị bổ sung Huân chương Lao động hạng Nhất và Cờ thi đua của Chính phủ.'],
    ]
    return write_docx('hau-loc-word-outline-hidden-comment-2026.docx', body,
                      'Kế hoạch phong trào thi đua xã Hậu Lộc', comments=comments)


# ---------------------------------------------------------------------------------------------
# 2. Huế: decision + attached plan; bold unnumbered themes; award forms in a bordered table
# ---------------------------------------------------------------------------------------------
def hue():
    def header(with_number):
        left = [center(BS('ỦY BAN NHÂN DÂN'), after=0), center(BS('THÀNH PHỐ HUẾ'), after=120)]
        right = [center(BS('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), after=0), center(B('Độc lập - Tự do - Hạnh phúc'), after=120)]
        if with_number:
            left.append(center('Số: 1902/QĐ-UBND', after=0))
            right.append(center(I('Huế, ngày 14 tháng 8 năm 2026'), after=0))
        return table([[left, right]], widths=(3900, 5400))

    def h(t):
        return para(B(t), ind=567, align='both', keep=True)

    body = [header(True)]
    body.append(center(B('QUYẾT ĐỊNH'), before=360, after=0))
    body.append(center(B('Ban hành Kế hoạch tổ chức phong trào thi đua “Huế - Thành phố di sản, văn hóa, sinh thái, cảnh quan, '
                         'thân thiện môi trường và thông minh” giai đoạn 2026 - 2030'), after=120))
    body.append(center(B('CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ'), after=120))
    for t in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
              'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
              'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền '
              'trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
              'Căn cứ Nghị quyết số 23/NQ-HĐND ngày 09 tháng 7 năm 2026 của Hội đồng nhân dân thành phố về phát triển Huế trở thành '
              'thành phố di sản, văn hóa, sinh thái đến năm 2030 (đã được sửa đổi, bổ sung bởi Nghị quyết số 31/NQ-HĐND '
              'ngày 25/7/2026);',
              'Xét đề nghị của Giám đốc Sở Nội vụ.']:
        body.append(para(I(t), ind=567, align='both'))
    body.append(center(B('QUYẾT ĐỊNH:'), before=120))
    body.append(text(B('Điều 1. '), 'Ban hành kèm theo Quyết định này Kế hoạch tổ chức phong trào thi đua “Huế - Thành phố di sản, '
                     'văn hóa, sinh thái, cảnh quan, thân thiện môi trường và thông minh” giai đoạn 2026 - 2030.'))
    body.append(text(B('Điều 2. '), 'Quyết định này có hiệu lực kể từ ngày ký.'))
    body.append(text(B('Điều 3. '), 'Chánh Văn phòng Ủy ban nhân dân thành phố, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành; '
                     'Chủ tịch Ủy ban nhân dân các phường, xã và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành '
                     'Quyết định này./.'))
    recipients = ['- Như Điều 3;', '- Bộ Nội vụ (để b/c);', '- TT Thành ủy, TT HĐND thành phố (để b/c);',
                  '- CT, các PCT UBND thành phố;', '- UBMTTQVN thành phố;', '- Các sở, ban, ngành thành phố;',
                  '- UBND các phường, xã;', '- Lưu: VT, NV.']
    left = [para(BI('Nơi nhận:'), after=0)] + [para(r, after=0) for r in recipients]
    right = [center(B('KT. CHỦ TỊCH'), after=0), center(B('PHÓ CHỦ TỊCH'), after=0),
             center(), center(), center(), center(B('Trương Công Thanh Tâm'))]
    body.append(table([[left, right]], widths=(4300, 5000)))

    # --- attached plan ---
    body.append(para(PAGE))
    body.append(header(False))
    body.append(center(B('KẾ HOẠCH'), before=240, after=0))
    body.append(center(B('Tổ chức phong trào thi đua “Huế - Thành phố di sản, văn hóa, sinh thái, cảnh quan, thân thiện môi trường '
                         'và thông minh” giai đoạn 2026 - 2030'), after=0))
    body.append(center(I('(Kèm theo Quyết định số 1902/QĐ-UBND ngày 14/8/2026 của Chủ tịch Ủy ban nhân dân thành phố Huế)'),
                       after=240))
    body.append(h('I. MỤC ĐÍCH, YÊU CẦU'))
    body.append(text('1. Cụ thể hóa Nghị quyết của Hội đồng nhân dân thành phố; khơi dậy niềm tự hào, trách nhiệm của cán bộ, '
                     'đảng viên và Nhân dân trong bảo tồn, phát huy giá trị di sản Cố đô, xây dựng thành phố xanh, thông minh.'))
    body.append(text('2. Phong trào thi đua được tổ chức thiết thực, có chỉ tiêu cụ thể; đánh giá, khen thưởng kịp thời, '
                     'công khai, đúng quy định.'))
    body.append(h('II. NỘI DUNG THI ĐUA'))
    body.append(text('Các sở, ban, ngành, Ủy ban nhân dân các phường, xã, doanh nghiệp và Nhân dân thành phố tập trung thi đua '
                     'thực hiện các nội dung sau:'))
    themes = [
        ('Thi đua bảo tồn, phát huy giá trị Quần thể di tích Cố đô Huế và các di sản văn hóa phi vật thể',
         ['Tu bổ, phục hồi các di tích trọng điểm; số hóa hồ sơ di sản, xây dựng bảo tàng số.',
          'Duy trì, phát huy Nhã nhạc cung đình Huế, nghệ thuật ca Huế, các làng nghề truyền thống.']),
        ('Thi đua phát triển du lịch, dịch vụ chất lượng cao, kinh tế đêm gắn với di sản',
         ['Xây dựng các sản phẩm du lịch đêm tại Đại Nội, phố đi bộ ven sông Hương.']),
        ('Thi đua xây dựng đô thị sinh thái, cảnh quan, thân thiện môi trường; bảo vệ sông Hương, đầm phá Tam Giang - Cầu Hai',
         ['Không để phát sinh điểm nóng về rác thải; mở rộng không gian xanh, công viên ven sông.']),
        ('Thi đua xây dựng đô thị thông minh, chính quyền số, công dân số',
         ['Vận hành hiệu quả Trung tâm giám sát, điều hành đô thị thông minh; ứng dụng công dân số Hue-S.']),
    ]
    for title, items in themes:
        body.append(para(B(title), ind=567, align='both', keep=True))
        for it in items:
            body.append(text('- ' + it))
    body.append(h('III. TIÊU CHÍ THI ĐUA'))
    for head_, item in [
        ('1. Đối với các cơ quan, đơn vị, địa phương', 'Hoàn thành các chỉ tiêu được giao; có sáng kiến, mô hình về bảo tồn '
                                                       'di sản, đô thị xanh, chuyển đổi số được công nhận.'),
        ('2. Đối với Ủy ban Mặt trận Tổ quốc Việt Nam thành phố, các tổ chức chính trị - xã hội và các hội quần chúng',
         'Vận động hội viên, đoàn viên và Nhân dân tham gia giữ gìn di sản, bảo vệ môi trường, sử dụng dịch vụ số.'),
        ('3. Đối với doanh nghiệp, cơ sở kinh doanh du lịch, dịch vụ',
         'Kinh doanh văn minh, bảo đảm an toàn thực phẩm; không sử dụng sản phẩm nhựa dùng một lần.'),
        ('4. Đối với cá nhân', 'Có đóng góp tiêu biểu, sáng kiến được áp dụng; gương mẫu chấp hành pháp luật.'),
    ]:
        body.append(para(B(head_), ind=567, align='both', keep=True))
        body.append(text('- ' + item))
    body.append(h('IV. HÌNH THỨC KHEN THƯỞNG'))
    body.append(text('Hình thức khen thưởng theo từng thời điểm được quy định tại bảng sau:'))

    def cell(*lines, bold=False, align=None):
        return [para(B(t) if bold else t, after=0, align=align) for t in lines]

    rows = [
        [cell('TT', bold=True, align='center'), cell('Thời điểm khen thưởng', bold=True, align='center'),
         cell('Hình thức khen thưởng', bold=True, align='center')],
        [cell('1', align='center'), cell('Hằng năm'),
         cell('Bằng khen của Chủ tịch Ủy ban nhân dân thành phố', 'Cờ thi đua của Ủy ban nhân dân thành phố')],
        [cell('2', align='center'), cell('Sơ kết giai đoạn 1 (năm 2027)'),
         cell('Giấy khen của Chủ tịch Ủy ban nhân dân phường, xã', 'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố')],
        [cell('3', align='center'), cell('Tổng kết phong trào (năm 2030)'),
         cell('Huân chương Lao động hạng Ba', 'Cờ thi đua của Chính phủ', 'Bằng khen của Thủ tướng Chính phủ',
              'Cờ thi đua của Ủy ban nhân dân thành phố', 'Bằng khen của Chủ tịch Ủy ban nhân dân thành phố')],
        [cell('4', align='center'), cell('Đột xuất'),
         cell('Bằng khen của Chủ tịch Ủy ban nhân dân thành phố')],
    ]
    body.append(table(rows, widths=(700, 3000, 5600), borders=True, header=True))
    body.append(text('Tiêu chuẩn, số lượng khen thưởng thực hiện theo hướng dẫn của Sở Nội vụ.'))
    body.append(h('V. THỜI GIAN THỰC HIỆN'))
    body.append(text('1. Giai đoạn 1 (2026 - 2027): phát động phong trào thi đua; các sở, ban, ngành, địa phương đăng ký chỉ tiêu; '
                     'sơ kết vào năm 2027.'))
    body.append(text('2. Giai đoạn 2 (2028 - 2030): nhân rộng các mô hình hiệu quả; tổng kết phong trào thi đua vào năm 2030.'))
    body.append(h('VI. TỔ CHỨC THỰC HIỆN'))
    for head_, task in [
        ('1. Sở Nội vụ', 'Là cơ quan thường trực, tham mưu Ủy ban nhân dân thành phố hướng dẫn, theo dõi, đôn đốc thực hiện '
                         'Kế hoạch; thẩm định hồ sơ, trình khen thưởng.'),
        ('2. Sở Văn hóa và Thể thao', 'Chủ trì các chỉ tiêu về bảo tồn, phát huy giá trị di sản văn hóa.'),
        ('3. Sở Du lịch', 'Chủ trì các chỉ tiêu về phát triển du lịch, kinh tế đêm.'),
        ('4. Trung tâm Bảo tồn Di tích Cố đô Huế', 'Tổ chức tu bổ, số hóa di sản; phối hợp xây dựng sản phẩm du lịch di sản.'),
        ('5. Sở Tài chính', 'Tham mưu bố trí kinh phí tổ chức phong trào thi đua và kinh phí khen thưởng.'),
        ('6. Các sở, ban, ngành; Ủy ban nhân dân các phường, xã', None),
        ('7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố và các tổ chức chính trị - xã hội',
         'Tuyên truyền, vận động hội viên, đoàn viên, Nhân dân hưởng ứng phong trào thi đua; tham gia giám sát.'),
    ]:
        body.append(para(B(head_), ind=567, align='both', keep=True))
        if task:
            body.append(text(task))
        else:
            body.append(text('- Trong vòng 15 ngày kể từ ngày ban hành Kế hoạch này, xây dựng kế hoạch triển khai tại cơ quan, '
                             'đơn vị, địa phương.'))
            body.append(text('- Gửi báo cáo kết quả thực hiện về Ủy ban nhân dân thành phố (qua Sở Nội vụ) trước ngày 10 tháng 11 '
                             'hằng năm.'))
    body.append(text('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Sở Nội vụ '
                     'để tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân thành phố xem xét, giải quyết./.'))
    return write_docx('hue-quyet-dinh-bang-hinh-thuc-2026.docx', body, 'Quyết định ban hành Kế hoạch phong trào thi đua')


# ---------------------------------------------------------------------------------------------
# 3. Trùng Khánh (Cao Bằng): tab-stop header, heading styles carrying the numbering, content control
# ---------------------------------------------------------------------------------------------
def trung_khanh():
    stops = [('center', 2268), ('center', 6600)]

    def h1(t):
        return para(t, style='Heading1')

    def h2(*runs):
        return para(*runs, style='Heading2')

    def li(*runs):
        return para(*runs, style='ListBullet')

    body = []
    body.append(para(TAB, S('UBND TỈNH CAO BẰNG'), TAB, BS('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), tabs=stops, after=0))
    body.append(para(TAB, BS('ỦY BAN NHÂN DÂN XÃ TRÙNG KHÁNH'), TAB, BS('Độc lập - Tự do - Hạnh phúc'), tabs=stops, after=120))
    body.append(para(TAB, S('Số: 65/KH-UBND'), TAB, I('Trùng Khánh, ngày 14 tháng 8 năm 2026'), tabs=stops, after=240))
    body.append(center(B('KẾ HOẠCH'), after=0))
    body.append(sdt('Trích yếu', 'TrichYeu', [
        center(B('Triển khai phong trào thi đua “Trùng Khánh phát triển kinh tế cửa khẩu, du lịch thác Bản Giốc gắn với giữ gìn '
                 'bản sắc văn hóa dân tộc Tày, Nùng” giai đoạn 2026 - 2030'), after=240)]))
    body.append(text('Căn cứ Quyết định số 1105/QĐ-UBND ngày 18/7/2026 của Ủy ban nhân dân tỉnh Cao Bằng ban hành Kế hoạch '
                     'triển khai phong trào thi đua “Cao Bằng đổi mới sáng tạo, phát triển du lịch, kinh tế cửa khẩu” '
                     'giai đoạn 2026 - 2030;'))
    body.append(text('Căn cứ Kế hoạch số 39/KH-UBND ngày 05/5/2026 của Ủy ban nhân dân xã về phát triển du lịch ',
                     PROOF_START, 'Bản', PROOF_END, ' ', PROOF_START, 'Giốc', PROOF_END, ' năm 2026;'))
    body.append(text('Ủy ban nhân dân xã Trùng Khánh ban hành Kế hoạch triển khai phong trào thi đua với các nội dung sau:'))

    body.append(h1('MỤC ĐÍCH, YÊU CẦU'))
    body.append(li('Phát huy lợi thế Khu du lịch thác Bản Giốc, Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng và cửa '
                   'khẩu Trà Lĩnh; nâng cao đời sống Nhân dân các dân tộc trong xã.'))
    body.append(li('Phong trào thi đua được triển khai thiết thực, có chỉ tiêu cụ thể; khen thưởng kịp thời, đúng người, '
                   'đúng thành tích.'))

    body.append(h1('NỘI DUNG THI ĐUA'))
    body.append(h2('Thi đua phát triển du lịch thác Bản Giốc, du lịch cộng đồng gắn với bảo tồn bản sắc văn hóa Tày, Nùng'))
    body.append(li('Xây dựng các làng du lịch cộng đồng, homestay đạt chuẩn; khôi phục hát Then, đàn Tính phục vụ du khách.'))
    body.append(h2('Thi đua phát triển kinh tế cửa khẩu, thương mại, dịch vụ ', 'logistics', ' biên giới'))
    body.append(li('Tạo thuận lợi cho hoạt động xuất nhập khẩu; phát triển dịch vụ kho bãi, vận tải tại khu vực cửa khẩu.'))
    body.append(h2('Thi đua phát triển nông nghiệp hàng hóa, sản phẩm OCOP đặc trưng: hạt dẻ, lạp sườn, miến dong'))
    body.append(li('Mở rộng vùng trồng hạt dẻ theo tiêu chuẩn VietGAP; hỗ trợ chủ thể OCOP bán hàng trên sàn thương mại điện tử.'))
    body.append(h2('Thi đua giữ vững an ninh chính trị, trật tự an toàn xã hội khu vực biên giới; bảo vệ cảnh quan, môi trường.'))
    body.append(li('Xây dựng xóm an toàn về an ninh, trật tự; bảo vệ mốc quốc giới; không để xảy ra xuất nhập cảnh trái phép.'))

    body.append(h1('TIÊU CHÍ THI ĐUA'))
    body.append(h2('Đối với các cơ quan, đơn vị'))
    body.append(li('Hoàn thành nhiệm vụ được giao; có ít nhất một sáng kiến phục vụ phát triển du lịch, kinh tế cửa khẩu.'))
    body.append(h2('Đối với Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội'))
    body.append(li('Vận động đoàn viên, hội viên giữ gìn bản sắc văn hóa, tham gia tự quản đường biên, mốc giới.'))
    body.append(h2('Đối với doanh nghiệp, hộ kinh doanh dịch vụ du lịch, thương mại cửa khẩu'))
    body.append(li('Kinh doanh đúng pháp luật, niêm yết giá công khai; sử dụng lao động địa phương.'))
    body.append(h2('Đối với cá nhân'))
    body.append(li('Có đóng góp tiêu biểu cho phát triển du lịch, kinh tế cửa khẩu, bảo vệ biên giới.'))

    body.append(h1('HÌNH THỨC KHEN THƯỞNG'))
    body.append(h2('Khen thưởng hằng năm'))
    body.append(li('Giấy khen của Chủ tịch Ủy ban nhân dân xã cho tập thể, cá nhân tiêu biểu;'))
    body.append(li('Kết quả Phong trào thi đua là căn cứ xét tặng danh hiệu Tập thể lao động xuất sắc theo quy định.'))
    body.append(h2('Khen thưởng sơ kết (năm 2027)'))
    body.append(li('Giấy khen của Chủ tịch Ủy ban nhân dân xã;'))
    body.append(li('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.'))
    body.append(h2('Khen thưởng tổng kết (năm 2030)'))
    body.append(li('Giấy khen của Chủ tịch Ủy ban nhân dân xã;'))
    body.append(li('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;'))
    body.append(li('Cờ thi đua của Ủy ban nhân dân tỉnh.'))

    body.append(h1('THỜI GIAN THỰC HIỆN'))
    body.append(li(B('Giai đoạn 1 (2026 - 2027): '), 'phát động Phong trào thi đua, xây dựng mô hình làng du lịch cộng đồng '
                   'điểm; sơ kết vào năm 2027.'))
    body.append(li(B('Giai đoạn 2 (2028 - 2030): '), 'nhân rộng mô hình, hoàn thành các chỉ tiêu; tổng kết vào năm 2030.'))

    body.append(h1('TỔ CHỨC THỰC HIỆN'))
    body.append(h2('Phòng Văn hóa - Xã hội'))
    body.append(li('Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai Kế hoạch; tổng hợp kết quả, đề xuất khen thưởng.'))
    body.append(h2('Phòng Kinh tế'))
    body.append(li('Hướng dẫn phát triển nông nghiệp hàng hóa, sản phẩm OCOP, dịch vụ thương mại cửa khẩu.'))
    body.append(h2('Trung tâm Dịch vụ tổng hợp xã'))
    body.append(li('Tuyên truyền Phong trào thi đua bằng tiếng Việt, tiếng Tày, tiếng Nùng trên hệ thống truyền thanh.'))
    body.append(h2('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội'))
    body.append(li('Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân hưởng ứng Phong trào thi đua; tham gia giám sát.'))
    body.append(h2('Các cơ quan, đơn vị, xóm'))
    body.append(li('Xây dựng kế hoạch hưởng ứng Phong trào thi đua, hoàn thành trong tháng 9/2026.'))
    body.append(li('Định kỳ gửi báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày 30 tháng 11 '
                   'hằng năm.'))
    body.append(text('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, xóm phản ánh về Ủy ban nhân dân xã '
                     'để xem xét, giải quyết./.'))

    recipients = ['- Sở Nội vụ tỉnh Cao Bằng;', '- TT Đảng ủy, TT HĐND xã;', '- CT, các PCT UBND xã;',
                  '- UBMTTQ Việt Nam xã;', '- Các cơ quan, đơn vị, xóm;', '- Lưu: VT, VHXH.']
    left_runs = [BI('Nơi nhận:')]
    for r in recipients:
        left_runs += [BR, r]
    left = [para(*left_runs, after=0)]
    right = [center(B('TM. ỦY BAN NHÂN DÂN'), BR, B('KT. CHỦ TỊCH'), BR, B('PHÓ CHỦ TỊCH'), BR, BR, BR, BR,
                    B('Nông Thị Thu Hường'), after=0)]
    body.append(para(before=240))
    body.append(table([[left, right]], widths=(4300, 5000)))
    return write_docx('trung-khanh-heading-styles-tabs-2026.docx', body, 'Kế hoạch phong trào thi đua xã Trùng Khánh')


if __name__ == '__main__':
    for f in (hau_loc, hue, trung_khanh):
        print(f())
