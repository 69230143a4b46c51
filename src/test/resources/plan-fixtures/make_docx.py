#!/usr/bin/env python3
"""Regenerates the .docx plan fixtures of this folder, the way offices make them.

    python3 make_docx.py            (writes next to this script)

Only the standard library is used: every part is handwritten WordprocessingML.
What the files exercise:
  - issuing-body header and national motto side by side in a borderless 2-column table,
    number and place/date in the same table (2 rows in one file, 1 row in the other);
  - Word automatic list numbering (w:numPr + word/numbering.xml): section numbers "I.", "1.",
    "1.1.", letters "a)" and the bullets "-" / "+" are NOT in the text;
  - bold and italic runs, runs that split words ("KẾ HO" + "ẠCH"), a soft line break (w:br)
    inside the signature block, a page break before the attached plan;
  - one paragraph split into two paragraphs (the second one unnumbered, starting in lower case);
  - recipients and signature side by side in a borderless 2-column table
    (recipients as Word bullets in one file, typed "- " dashes in the other).
It also writes khong-phai-tep-word.docx, which is not a readable Word file (must give 422).
"""
import os
import unicodedata
import zipfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
FIXED_TIME = (2026, 7, 1, 8, 0, 0)   # stable zip entries, so regenerating gives identical files

# ---------------------------------------------------------------------------------------------
# numbering: numId -> abstractNumId; abstract definitions
#   abstract 0: outline  I. / 1. / 1.1. / a)        (multi-level: lower levels restart by themselves)
#   abstract 1: bullets  - / +
#   abstract 2: letters  a)
# ---------------------------------------------------------------------------------------------
OUTLINE, BULLET, LETTERS_A, LETTERS_B, OUTLINE_PLAN, LETTERS_C = 1, 2, 3, 4, 5, 6
NUMS = {OUTLINE: 0, BULLET: 1, LETTERS_A: 2, LETTERS_B: 2, OUTLINE_PLAN: 0, LETTERS_C: 2}
RESTART = {LETTERS_B, OUTLINE_PLAN, LETTERS_C}   # w:num instances that restart at 1


def lvl(ilvl, fmt, text, left, hanging=360, bold=False, font=None):
    rpr = ''
    if bold or font:
        rpr = '<w:rPr>' + (f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:hint="default"/>' if font else '') \
              + ('<w:b/>' if bold else '') + '</w:rPr>'
    return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')


def numbering_xml():
    outline = ''.join([
        lvl(0, 'upperRoman', '%1.', 360, 360, bold=True),
        lvl(1, 'decimal', '%2.', 567, 283, bold=True),
        lvl(2, 'decimal', '%2.%3.', 851, 425),
        lvl(3, 'lowerLetter', '%4)', 1134, 283),
    ] + [lvl(i, 'decimal', f'%{i + 1}.', 1418 + 284 * i, 284) for i in range(4, 9)])
    bullets = ''.join([
        lvl(0, 'bullet', '-', 851, 284, font='Times New Roman'),
        lvl(1, 'bullet', '+', 1135, 284, font='Times New Roman'),
    ] + [lvl(i, 'bullet', '-', 1135 + 284 * i, 284) for i in range(2, 9)])
    letters = ''.join([lvl(0, 'lowerLetter', '%1)', 567, 283)] +
                      [lvl(i, 'decimal', f'%{i + 1}.', 851 + 284 * i, 284) for i in range(1, 9)])
    parts = [f'<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>{outline}</w:abstractNum>',
             f'<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="hybridMultilevel"/>{bullets}</w:abstractNum>',
             f'<w:abstractNum w:abstractNumId="2"><w:multiLevelType w:val="hybridMultilevel"/>{letters}</w:abstractNum>']
    for num_id, abs_id in sorted(NUMS.items()):
        over = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>'
                if num_id in RESTART else '')
        parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abs_id}"/>{over}</w:num>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:numbering xmlns:w="{W_NS}">' + ''.join(parts) + '</w:numbering>')


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

SETTINGS = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''

CONTENT_TYPES = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>'''

ROOT_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>'''

DOC_RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>'''


def core_xml(title):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{escape(title)}</dc:title><dc:creator>Văn thư</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-07-01T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>')


APP = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
       '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>Microsoft Office Word</Application></Properties>')

# ---------------------------------------------------------------------------------------------
# a tiny builder
# ---------------------------------------------------------------------------------------------
BR = object()      # soft line break inside a paragraph
PAGE = object()    # page break run


def B(t):
    return (t, 'b')


def I(t):
    return (t, 'i')


def BI(t):
    return (t, 'bi')


def run(r):
    if r is BR:
        return '<w:r><w:br/></w:r>'
    if r is PAGE:
        return '<w:r><w:br w:type="page"/></w:r>'
    text, fmt = (r, '') if isinstance(r, str) else r
    text = unicodedata.normalize('NFC', text)
    rpr = ''
    if fmt:
        rpr = '<w:rPr>' + ('<w:b/><w:bCs/>' if 'b' in fmt else '') + ('<w:i/><w:iCs/>' if 'i' in fmt else '') + '</w:rPr>'
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(*runs, num=None, align=None, ind=None, after=None, before=None, keep=False):
    ppr = ''   # children in schema order: pStyle, keepNext, numPr, spacing, ind, jc
    if num is not None:
        ppr += '<w:pStyle w:val="ListParagraph"/>'
    if keep:
        ppr += '<w:keepNext/>'
    if num is not None:
        num_id, ilvl = num
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    if before is not None or after is not None:
        ppr += f'<w:spacing w:before="{before or 0}" w:after="{after if after is not None else 60}"/>'
    if ind is not None:
        ppr += f'<w:ind w:left="{ind[0]}" w:firstLine="{ind[1]}"/>' if isinstance(ind, tuple) else f'<w:ind w:firstLine="{ind}"/>'
    if align:
        ppr += f'<w:jc w:val="{align}"/>'
    body = ''.join(run(r) for r in runs)
    return f'<w:p>{"<w:pPr>" + ppr + "</w:pPr>" if ppr else ""}{body}</w:p>'


def table(rows, widths=(3600, 5700)):
    """rows: list of rows, each a list of cells, each cell a list of paragraph xml strings"""
    none = 'w:val="nil"'
    borders = ''.join(f'<w:{s} {none}/>' for s in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
    grid = ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblBorders>{borders}</w:tblBorders>'
           f'<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
    for row in rows:
        out.append('<w:tr>')
        for w, cell in zip(widths, row):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{w}" w:type="dxa"/></w:tcPr>{"".join(cell) or para()}</w:tc>')
        out.append('</w:tr>')
    out.append('</w:tbl>')
    return ''.join(out)


def document_xml(body):
    sect = ('<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="709" w:footer="709" w:gutter="0"/>'
            '</w:sectPr>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<w:document xmlns:w="{W_NS}" xmlns:r="{R_NS}"><w:body>{"".join(body)}{sect}</w:body></w:document>')


def write_docx(name, body, title):
    path = os.path.join(HERE, name)
    parts = [('[Content_Types].xml', CONTENT_TYPES), ('_rels/.rels', ROOT_RELS),
             ('docProps/core.xml', core_xml(title)), ('docProps/app.xml', APP),
             ('word/document.xml', document_xml(body)), ('word/_rels/document.xml.rels', DOC_RELS),
             ('word/styles.xml', STYLES), ('word/numbering.xml', numbering_xml()), ('word/settings.xml', SETTINGS)]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        for n, data in parts:
            info = zipfile.ZipInfo(n, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data.encode('utf-8'))
    return path


# shorthands
def sec(*runs):            # I., II. … (Word numbering, level 0), bold
    return para(*[B(r) if isinstance(r, str) else r for r in runs], num=(CUR_OUTLINE[0], 0), before=120, keep=True)


def item(*runs, bold=False):  # 1., 2. … (level 1)
    return para(*[B(r) if bold and isinstance(r, str) else r for r in runs], num=(CUR_OUTLINE[0], 1), align='both')


def sub(*runs):            # 1.1., 1.2. … (level 2)
    return para(*runs, num=(CUR_OUTLINE[0], 2), align='both')


def dash(*runs):           # "-" bullet
    return para(*runs, num=(BULLET, 0), align='both')


def plus(*runs):           # "+" bullet
    return para(*runs, num=(BULLET, 1), align='both')


def text(*runs, ind=567):  # ordinary justified paragraph with a first-line indent
    return para(*runs, ind=ind, align='both')


def center(*runs, **kw):
    return para(*runs, align='center', **kw)


CUR_OUTLINE = [OUTLINE]


# ---------------------------------------------------------------------------------------------
# 1. Gia Viễn (Ninh Bình): commune plan, Word numbering throughout, header table with 2 rows
# ---------------------------------------------------------------------------------------------
def gia_vien():
    CUR_OUTLINE[0] = OUTLINE
    body = []
    body.append(table([
        [[center('UBND TỈNH NINH BÌNH', after=0), center(B('ỦY BAN NHÂN DÂN XÃ GIA VIỄN'), after=0)],
         [center(B('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), after=0), center(B('Độc lập - Tự do - Hạnh phúc'), after=0)]],
        [[center('Số: ', '215', '/KH-UBND', before=120)],
         [center(I('Gia Viễn, ngày '), I('29'), I(' tháng 6 năm 2026'), before=120)]],
    ]))
    body.append(center(B('KẾ HO'), B('ẠCH'), before=360, after=0))
    body.append(center(B('Triển khai phong trào thi đua “'), BI('Gia Viễn chuyển đổi số toàn diện, phát triển du lịch thông minh'),
                       B('” giai đoạn 2026 - 2030'), after=240))
    body.append(text('Căn cứ Quyết định số 1437/QĐ-UBND ngày 12/6/2026 của Ủy ban nhân dân tỉnh Ninh Bình ban hành Kế hoạch '
                     'tổ chức triển khai phong trào thi đua “Ninh Bình đổi mới sáng tạo, chuyển đổi số, chuyển đổi xanh” giai đoạn 2026 - 2030;'))
    body.append(text('Căn cứ Kế hoạch số 96/KH-UBND ngày 03/4/2026 của Ủy ban nhân dân xã về phát triển du lịch xã Gia Viễn năm 2026;'))
    body.append(text('Ủy ban nhân dân xã Gia Viễn ban hành Kế hoạch triển khai phong trào thi đua “Gia Viễn chuyển đổi số toàn diện, '
                     'phát triển du lịch thông minh” giai đoạn 2026 - 2030 (sau đây gọi là Phong trào thi đua) như sau:'))

    body.append(sec('MỤC ĐÍCH, YÊU CẦU'))
    body.append(item('Mục đích', bold=True))
    body.append(para('Tạo phong trào thi đua sôi nổi trong cán bộ, công chức, doanh nghiệp, hộ kinh doanh du lịch và Nhân dân; '
                     'đưa chuyển đổi số trở thành động lực phát triển du lịch, dịch vụ của xã.', num=(LETTERS_A, 0), align='both'))
    body.append(para('Xây dựng Gia Viễn trở thành điểm đến du lịch thông minh, an toàn, thân thiện của tỉnh Ninh Bình; '
                     'nâng cao thu nhập của người dân từ du lịch cộng đồng.', num=(LETTERS_A, 0), align='both'))
    body.append(item('Yêu cầu', bold=True))
    body.append(dash('Phong trào thi đua được triển khai thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị, thôn.'))
    body.append(dash('Có chỉ tiêu cụ thể, đo lường được; kịp thời biểu dương, khen thưởng các điển hình tiên tiến.'))

    body.append(sec('NỘI DUNG THI ĐUA'))
    body.append(item('Thi đua đẩy mạnh chuyển đổi số trong quản lý nhà nước, xây dựng chính quyền số phục vụ Nhân dân;', bold=True))
    body.append(dash('100% hồ sơ công việc được xử lý trên môi trường mạng; tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 85%.'))
    body.append(dash('Ứng dụng trợ lý ảo hỗ trợ tiếp nhận, trả lời phản ánh, kiến nghị của người dân và du khách.'))
    # one paragraph split into two paragraphs (the second unnumbered, starting in lower case)
    body.append(item('Thi đua phát triển hạ tầng số, hệ thống wifi công cộng, camera giám sát tại các khu, điểm du lịch và', bold=True))
    body.append(para(B('các tuyến đường trục chính của xã;'), ind=(567, 0), align='both'))
    body.append(dash('Phủ sóng wifi miễn phí tại bến thuyền, nhà văn hóa thôn, khu vực chợ trung tâm.'))
    body.append(dash('Lắp đặt camera an ninh kết nối với Trung tâm giám sát, điều hành thông minh của tỉnh.'))
    body.append(item('Thi đua phát triển du lịch thông minh, quảng bá điểm đến trên các nền tảng số', bold=True))
    body.append(dash('Số hóa thông tin các điểm du lịch, di tích, làng nghề; thuyết minh tự động bằng mã QR đa ngôn ngữ.'))
    body.append(plus('Ưu tiên khu bảo tồn đất ngập nước Vân Long, các đình, chùa, làng nghề truyền thống;'))
    body.append(plus('Mỗi điểm du lịch có ít nhất một video giới thiệu trên mạng xã hội.'))
    body.append(dash('Bán vé điện tử, thanh toán không dùng tiền mặt tại 100% bến thuyền, điểm tham quan.'))
    body.append(item('Thi đua phát triển kinh tế số, thương mại điện tử gắn với sản phẩm OCOP, đặc sản địa phương.', bold=True))
    body.append(dash('Hỗ trợ hộ kinh doanh, hợp tác xã mở gian hàng trên sàn thương mại điện tử; bán hàng qua livestream.'))
    body.append(item('Thi đua xây dựng cộng đồng số, phổ cập kỹ năng số gắn với phong trào “Bình dân học vụ số”', bold=True))
    body.append(dash('Tổ công nghệ số cộng đồng hướng dẫn người dân sử dụng VNeID, dịch vụ công trực tuyến, thanh toán điện tử.'))

    body.append(sec('TIÊU CHÍ THI ĐUA'))
    body.append(item('Đối với các cơ quan, đơn vị thuộc Ủy ban nhân dân xã', bold=True))
    body.append(dash('Hoàn thành các chỉ tiêu chuyển đổi số được giao; không để hồ sơ trễ hạn; có ít nhất một sáng kiến được áp dụng.'))
    body.append(item('Đối với Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội', bold=True))
    body.append(dash('Vận động đoàn viên, hội viên tham gia du lịch cộng đồng văn minh, sử dụng các tiện ích số.'))
    body.append(item('Đối với doanh nghiệp, hợp tác xã, cơ sở kinh doanh dịch vụ du lịch', bold=True))
    body.append(dash('Ứng dụng phần mềm quản lý, đặt dịch vụ trực tuyến; niêm yết giá, thanh toán không dùng tiền mặt.'))
    body.append(item('Đối với cá nhân', bold=True))
    body.append(dash('Có sáng kiến, giải pháp ứng dụng công nghệ số trong công tác, sản xuất, kinh doanh được công nhận.'))

    body.append(sec('HÌNH THỨC KHEN THƯỞNG'))
    body.append(item('Khen thưởng hằng năm', bold=True))
    body.append(text('Chủ tịch Ủy ban nhân dân xã tặng Giấy khen cho các tập thể, cá nhân tiêu biểu trong Phong trào thi đua; '
                     'kết quả thực hiện Phong trào là căn cứ xét tặng danh hiệu Tập thể lao động tiên tiến, Lao động tiên tiến theo quy định.'))
    body.append(item('Khen thưởng sơ kết, tổng kết', bold=True))
    body.append(sub(I('Khen thưởng sơ kết (năm 2027)')))
    body.append(dash('Giấy khen của Chủ tịch Ủy ban nhân dân xã;'))
    body.append(dash('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.'))
    body.append(sub(I('Khen thưởng tổng kết (năm 2030)')))
    body.append(dash('Giấy khen của Chủ tịch Ủy ban nhân dân xã;'))
    body.append(dash('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh;'))
    body.append(dash('Cờ thi đua của Ủy ban nhân dân tỉnh.'))

    body.append(sec('THỜI GIAN THỰC HIỆN'))
    body.append(item(B('Giai đoạn 1 (2026 - 2027): '), 'phát động Phong trào thi đua; xây dựng các mô hình điểm về du lịch thông minh; '
                     'sơ kết vào năm 2027.'))
    body.append(item(B('Giai đoạn 2 (2028 - 2030): '), 'nhân rộng các mô hình hiệu quả trên toàn xã; tổng kết vào năm 2030.'))

    body.append(sec('TỔ CHỨC THỰC HIỆN'))
    body.append(item('Phòng Văn hóa - Xã hội', bold=True))
    body.append(dash('Là cơ quan thường trực, tham mưu Ủy ban nhân dân xã triển khai, theo dõi, đôn đốc thực hiện Kế hoạch.'))
    body.append(dash('Tổng hợp kết quả, tham mưu sơ kết, tổng kết và đề xuất khen thưởng.'))
    body.append(item('Phòng Kinh tế', bold=True))
    body.append(dash('Hướng dẫn phát triển kinh tế số, thương mại điện tử, sản phẩm OCOP; phối hợp quản lý các điểm du lịch.'))
    body.append(item('Trung tâm Phục vụ hành chính công xã', bold=True))
    body.append(dash('Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình; hướng dẫn người dân, du khách sử dụng dịch vụ công trực tuyến.'))
    body.append(item('Ban Quản lý các điểm du lịch xã', bold=True))
    body.append(dash('Triển khai bán vé điện tử, thuyết minh tự động; quản lý hệ thống wifi, camera tại các điểm du lịch.'))
    body.append(item('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội', bold=True))
    body.append(dash('Tuyên truyền, vận động đoàn viên, hội viên và Nhân dân hưởng ứng Phong trào thi đua.'))
    body.append(item('Các cơ quan, đơn vị, thôn', bold=True))
    body.append(dash('Xây dựng kế hoạch hưởng ứng Phong trào thi đua, hoàn thành trong tháng 7/2026.'))
    body.append(dash('Gửi báo cáo kết quả thực hiện về Ủy ban nhân dân xã (qua Phòng Văn hóa - Xã hội) trước ngày 10/12 hằng năm.'))
    body.append(text('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Ủy ban nhân dân xã '
                     '(qua Phòng Văn hóa - Xã hội) để xem xét, giải quyết./.'))

    recipients = ['Sở Nội vụ tỉnh Ninh Bình;', 'Sở Văn hóa, Thể thao và Du lịch;', 'TT Đảng ủy, TT HĐND xã;',
                  'CT, các PCT UBND xã;', 'Ban Quản lý các điểm du lịch xã;', 'Các cơ quan, đơn vị, thôn;', 'Lưu: VT, VHXH.']
    left = [para(BI('Nơi nhận:'), after=0)] + [para(r, num=(BULLET, 0), after=0) for r in recipients]
    right = [center(B('TM. ỦY BAN NHÂN DÂN'), after=0), center(B('CHỦ TỊCH'), after=0),
             center(), center(), center(), center(B('Đinh Văn Hưng'))]
    body.append(para(before=240))
    body.append(table([[left, right]], widths=(4300, 5000)))
    return write_docx('gia-vien-word-numbering-plan-2026.docx', body, 'Kế hoạch phong trào thi đua xã Gia Viễn')


# ---------------------------------------------------------------------------------------------
# 2. Quảng Ninh: province decision with its attached plan; header table with 1 row
# ---------------------------------------------------------------------------------------------
def quang_ninh():
    body = []
    body.append(table([
        [[center(B('ỦY BAN NHÂN DÂN'), after=0), center(B('TỈNH QUẢNG NINH'), after=120),
          center('Số: 2315/QĐ-UBND', after=0)],
         [center(B('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), after=0), center(B('Độc lập - Tự do - Hạnh phúc'), after=120),
          center(I('Quảng Ninh, ngày 17 tháng 7 năm 2026'), after=0)]],
    ]))
    body.append(center(B('QUYẾT ĐỊNH'), before=360, after=0))
    # the subject line split into two paragraphs
    body.append(center(B('Ban hành Kế hoạch triển khai phong trào thi đua “Quảng Ninh chuyển đổi xanh,'), after=0))
    body.append(center(B('phát triển kinh tế biển bền vững” giai đoạn 2026 - 2030'), after=120))
    body.append(center(B('ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH'), after=120))
    for t in ['Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;',
              'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',
              'Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong '
              'lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;',
              'Căn cứ Quyết định số 462/QĐ-TTg ngày 22 tháng 3 năm 2026 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai '
              'phong trào thi đua “Đổi mới sáng tạo, phát triển khoa học, công nghệ, chuyển đổi số, chuyển đổi xanh”;',
              'Căn cứ Nghị quyết số 09-NQ/TU ngày 05/5/2026 của Ban Chấp hành Đảng bộ tỉnh về phát triển kinh tế biển xanh, '
              'bền vững đến năm 2030, tầm nhìn đến năm 2045 thực hiện Nghị quyết số 36-NQ/TW ngày 22/10/2018 của Ban Chấp hành '
              'Trung ương Đảng về Chiến lược phát triển bền vững kinh tế biển Việt Nam;',
              'Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 318/TTr-SNV ngày 10 tháng 7 năm 2026.']:
        body.append(para(I(t), ind=567, align='both'))
    body.append(center(B('QUYẾT ĐỊNH:'), before=120))
    body.append(text(B('Điều 1. '), 'Ban hành kèm theo Quyết định này Kế hoạch triển khai phong trào thi đua “Quảng Ninh chuyển đổi xanh, '
                     'phát triển kinh tế biển bền vững” giai đoạn 2026 - 2030.'))
    body.append(text(B('Điều 2. '), 'Quyết định này có hiệu lực kể từ ngày ký.'))
    body.append(text(B('Điều 3. '), 'Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các sở, Thủ trưởng các ban, ngành; Chủ tịch Ủy ban '
                     'nhân dân các xã, phường, đặc khu và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.'))
    recipients = ['- Như Điều 3;', '- Bộ Nội vụ (Ban TĐKT Trung ương);', '- TT Tỉnh ủy, TT HĐND tỉnh;', '- CT, các PCT UBND tỉnh;',
                  '- Ủy ban MTTQ Việt Nam tỉnh;', '- Các sở, ban, ngành tỉnh;', '- UBND các xã, phường, đặc khu;', '- Lưu: VT, NV.']
    left = [para(BI('Nơi nhận:'), after=0)] + [para(r, after=0) for r in recipients]
    right = [center(B('TM. ỦY BAN NHÂN DÂN'), BR, B('KT. CHỦ TỊCH'), BR, B('PHÓ CHỦ TỊCH'), after=0),
             center(), center(), center(), center(B('Vũ Thị Hương Giang'))]
    body.append(table([[left, right]], widths=(4300, 5000)))

    # --- the attached plan, on a new page ---
    body.append(para(PAGE))
    body.append(table([[[center(B('ỦY BAN NHÂN DÂN'), after=0), center(B('TỈNH QUẢNG NINH'), after=0)],
                        [center(B('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'), after=0), center(B('Độc lập - Tự do - Hạnh phúc'), after=0)]]]))
    body.append(center(B('KẾ HOẠCH'), before=240, after=0))
    body.append(center(B('Triển khai phong trào thi đua “Quảng Ninh chuyển đổi xanh, phát triển kinh tế biển bền vững” giai đoạn 2026 - 2030'), after=0))
    body.append(center(I('(Kèm theo Quyết định số 2315/QĐ-UBND ngày 17/7/2026 của Ủy ban nhân dân tỉnh Quảng Ninh)'), after=240))
    CUR_OUTLINE[0] = OUTLINE_PLAN
    body.append(sec('MỤC ĐÍCH, YÊU CẦU'))
    body.append(item('Cụ thể hóa phong trào thi đua do Thủ tướng Chính phủ phát động phù hợp với lợi thế của tỉnh ven biển, biên giới, '
                     'có Di sản thiên nhiên thế giới vịnh Hạ Long; tạo khí thế thi đua sôi nổi trong các cấp, các ngành, doanh nghiệp và Nhân dân.'))
    body.append(item('Thúc đẩy chuyển đổi mô hình tăng trưởng từ “nâu” sang “xanh”; phát triển kinh tế biển gắn với bảo vệ môi trường, '
                     'bảo tồn đa dạng sinh học và thích ứng với biến đổi khí hậu.'))
    body.append(item('Việc triển khai phong trào thi đua phải thiết thực, hiệu quả; đánh giá, khen thưởng công khai, đúng quy định.'))

    body.append(sec('NỘI DUNG THI ĐUA'))
    body.append(item('Thi đua chuyển đổi xanh trong khai thác, chế biến than và sản xuất công nghiệp, giảm phát thải khí nhà kính', bold=True))
    body.append(dash('Áp dụng công nghệ sản xuất sạch hơn, tiết kiệm năng lượng; hoàn nguyên môi trường các khu vực đã khai thác.'))
    body.append(dash('Phấn đấu đến năm 2030 giảm 15% cường độ phát thải so với năm 2025 tại các doanh nghiệp công nghiệp lớn.'))
    body.append(item('Thi đua phát triển kinh tế biển xanh: du lịch biển, đảo, cảng biển, nuôi trồng thủy sản bền vững', bold=True))
    body.append(dash('Chuyển đổi 100% phao xốp trong nuôi trồng thủy sản sang vật liệu thân thiện môi trường.'))
    body.append(dash('Phát triển tàu du lịch sử dụng năng lượng sạch trên vịnh Hạ Long, vịnh Bái Tử Long.'))
    body.append(item('Thi đua bảo vệ môi trường biển, rừng ngập mặn, đa dạng sinh học và ứng phó với biến đổi khí hậu', bold=True))
    body.append(dash('Trồng mới, phục hồi rừng ngập mặn; thu gom rác thải nhựa trên biển và ven bờ.'))
    body.append(item('Thi đua phát triển hạ tầng xanh, năng lượng tái tạo và giao thông xanh', bold=True))
    body.append(dash('Phát triển điện gió ngoài khơi, điện mặt trời mái nhà; xe buýt điện tại các đô thị lớn.'))
    body.append(item('Thi đua xây dựng lối sống xanh, tiêu dùng bền vững trong cộng đồng', bold=True))
    body.append(dash('Phân loại rác thải tại nguồn; hạn chế sản phẩm nhựa dùng một lần tại công sở, trường học, khu du lịch.'))

    body.append(sec('TIÊU CHÍ THI ĐUA'))
    body.append(para(B('Đối với các sở, ban, ngành, địa phương'), num=(LETTERS_C, 0), align='both'))
    body.append(dash('Hoàn thành các chỉ tiêu về tăng trưởng xanh, bảo vệ môi trường được giao; có mô hình chuyển đổi xanh được nhân rộng.'))
    body.append(para(B('Đối với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội'), num=(LETTERS_C, 0), align='both'))
    body.append(dash('Vận động đoàn viên, hội viên thực hiện lối sống xanh; giám sát việc thực hiện chính sách về môi trường.'))
    body.append(para(B('Đối với doanh nghiệp, hợp tác xã'), num=(LETTERS_C, 0), align='both'))
    body.append(dash('Đầu tư công nghệ xanh, tiết kiệm tài nguyên; công bố thông tin phát thải; tuân thủ pháp luật về môi trường.'))
    body.append(para(B('Đối với cá nhân'), num=(LETTERS_C, 0), align='both'))
    body.append(dash('Có sáng kiến, giải pháp về chuyển đổi xanh được công nhận; gương mẫu thực hiện lối sống xanh.'))

    body.append(sec('HÌNH THỨC KHEN THƯỞNG'))
    body.append(item('Khen thưởng hằng năm', bold=True))
    body.append(text('Kết quả thực hiện Phong trào thi đua là căn cứ xét tặng danh hiệu Chiến sĩ thi đua cấp tỉnh, Cờ thi đua của '
                     'Ủy ban nhân dân tỉnh và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.'))
    body.append(item('Khen thưởng sơ kết (năm 2028)', bold=True))
    body.append(dash('Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho không quá 40 tập thể, 60 cá nhân.'))
    body.append(item('Khen thưởng tổng kết (năm 2030)', bold=True))
    for f in ['Huân chương Lao động;', 'Cờ thi đua của Chính phủ;', 'Bằng khen của Thủ tướng Chính phủ;',
              'Cờ thi đua của Ủy ban nhân dân tỉnh;', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.']:
        body.append(dash(f))

    body.append(sec('THỜI GIAN THỰC HIỆN'))
    body.append(item(B('Giai đoạn 1 (2026 - 2028): '), 'các sở, ban, ngành, địa phương ban hành kế hoạch triển khai, hoàn thành trong '
                     'Quý III/2026; tổ chức thực hiện; sơ kết vào năm 2028.'))
    body.append(item(B('Giai đoạn 2 (2029 - 2030): '), 'tiếp tục triển khai, nhân rộng các mô hình; tổng kết vào năm 2030.'))

    body.append(sec('TỔ CHỨC THỰC HIỆN'))
    for head, task in [
        ('Sở Nội vụ', 'Là cơ quan thường trực, hướng dẫn, theo dõi, đôn đốc triển khai Phong trào thi đua; thẩm định hồ sơ, '
                      'trình khen thưởng; tổng hợp báo cáo Ủy ban nhân dân tỉnh.'),
        ('Sở Nông nghiệp và Môi trường', 'Chủ trì hướng dẫn các chỉ tiêu về tăng trưởng xanh, bảo vệ môi trường biển, rừng ngập mặn.'),
        ('Sở Khoa học và Công nghệ', 'Hướng dẫn đánh giá, công nhận sáng kiến, giải pháp về chuyển đổi xanh.'),
        ('Sở Tài chính', 'Tham mưu bố trí kinh phí tổ chức Phong trào thi đua và kinh phí khen thưởng.'),
        ('Trung tâm Truyền thông tỉnh', 'Mở chuyên mục tuyên truyền, giới thiệu các điển hình tiên tiến trong Phong trào thi đua.'),
        ('Các sở, ban, ngành; Ủy ban nhân dân các xã, phường, đặc khu',
         'Xây dựng kế hoạch, tổ chức thực hiện Phong trào thi đua; gửi báo cáo kết quả về Ủy ban nhân dân tỉnh (qua Sở Nội vụ) '
         'trước ngày 20/11 hằng năm.'),
        ('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh',
         'Tuyên truyền, vận động đoàn viên, hội viên, Nhân dân hưởng ứng Phong trào thi đua; tham gia giám sát.'),
    ]:
        body.append(item(head, bold=True))
        body.append(dash(task))
    body.append(text('Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về '
                     'Ủy ban nhân dân tỉnh (qua Sở Nội vụ) để xem xét, chỉ đạo./.'))
    CUR_OUTLINE[0] = OUTLINE
    return write_docx('quang-ninh-province-decision-2026.docx', body, 'Quyết định ban hành Kế hoạch phong trào thi đua')


def not_a_word_file():
    """a .docx that is not a readable Word file: a zip without word/document.xml"""
    path = os.path.join(HERE, 'khong-phai-tep-word.docx')
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        info = zipfile.ZipInfo('ghi-chu.txt', FIXED_TIME)
        z.writestr(info, 'Tệp này được đổi đuôi thành .docx nhưng không phải văn bản Word.\n'.encode('utf-8'))
    return path


if __name__ == '__main__':
    for f in (gia_vien, quang_ninh, not_a_word_file):
        print(f())
