// Writes schemas/vanban.schema.json (node scripts/gen-schema.mjs > schemas/vanban.schema.json). test/schema.test.ts keeps it in step with src/model/types.ts.
const str = (description, extra = {}) => ({ type: 'string', description, ...extra });
const strList = (description) => ({ type: 'array', items: { type: 'string' }, description });
const kinds = ['resolution','directive','conclusion','action-programme','plan','decision','scheme','report','notice','guidance','decree','circular','regulation','law','news','other'];
const sections = ['preamble','background','purpose','viewpoints','goals','tasks','implementation','appendices','other'];
const schema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'urn:vanban:model:1',
  title: 'vanban document model, format version 1',
  description: 'A Vietnamese policy document (resolution, directive, conclusion, programme, plan ...) as structured data: header, sections of items, targets, responsible bodies and deadlines. Keys are English; values keep the document\'s Vietnamese.',
  type: 'object',
  additionalProperties: false,
  required: ['vanban', 'source', 'document', 'references', 'outline', ...sections, 'bodies'],
  properties: {
    vanban: { const: 1, description: 'Format version of the model.' },
    source: { $ref: '#/$defs/source' },
    document: { $ref: '#/$defs/document' },
    references: { type: 'array', items: { $ref: '#/$defs/reference' }, description: 'Every document cited, once each.' },
    outline: { type: 'array', items: { $ref: '#/$defs/outlineEntry' }, description: 'Headings that opened sections, in document order; the items below each heading are in the sections it names.' },
    preamble: { $ref: '#/$defs/items', description: 'Legal bases and opening paragraphs before the first section (Căn cứ ..., Thực hiện ...).' },
    background: { $ref: '#/$defs/items', description: 'Situation and assessment (tình hình, thực trạng, kết quả, đánh giá, nguyên nhân, hạn chế).' },
    purpose: { $ref: '#/$defs/items', description: 'Purpose and requirements (mục đích, yêu cầu), scope and subjects.' },
    viewpoints: { $ref: '#/$defs/items', description: 'Guiding viewpoints (quan điểm, quan điểm chỉ đạo).' },
    goals: { $ref: '#/$defs/items', description: 'Goals (mục tiêu): general, specific with targets, vision.' },
    tasks: { $ref: '#/$defs/items', description: 'Tasks and solutions (nhiệm vụ, giải pháp), including appendix task tables.' },
    implementation: { $ref: '#/$defs/items', description: 'Implementation (tổ chức thực hiện): assignments, funding, reporting.' },
    appendices: { $ref: '#/$defs/items', description: 'Appendices and tables that are not task lists, kept whole.' },
    other: { $ref: '#/$defs/items', description: 'Everything not classified above, in order: nothing is dropped.' },
    bodies: { type: 'array', items: { $ref: '#/$defs/body' }, description: 'Index of every body named, one entry per canonical key.' },
  },
  $defs: {
    year: { type: 'integer', minimum: 1900, maximum: 2200 },
    isoDate: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'ISO 8601 date.' },
    documentKind: { enum: kinds, description: 'resolution = nghị quyết; directive = chỉ thị; conclusion = kết luận (also thông báo kết luận); action-programme = chương trình hành động; plan = kế hoạch; decision = quyết định; scheme = đề án; report = báo cáo; notice = thông báo; guidance = hướng dẫn; decree = nghị định; circular = thông tư; regulation = quy chế, quy định; law = luật, pháp lệnh; news = a news report about documents; other = none of these.' },
    source: {
      type: 'object', additionalProperties: false, required: ['file', 'format', 'sha256'],
      properties: {
        file: str('The input path as given on the command line, or "-" for standard input.'),
        format: { enum: ['markdown', 'text', 'docx'], description: 'How the input was read.' },
        sha256: str('SHA-256 of the input bytes, hex.', { pattern: '^[0-9a-f]{64}$' }),
      },
    },
    document: {
      type: 'object', additionalProperties: false, required: ['kind'],
      properties: {
        kind: { $ref: '#/$defs/documentKind' },
        kindLabel: str('The type line as a reader writes it: Nghị quyết, Chương trình hành động ...'),
        number: str('Document number, normalised: 57-NQ/TW, 03/NQ-CP, 12/2024/NĐ-CP.'),
        issuer: str('Issuing body composed from the letterhead, e.g. Tỉnh ủy Nghệ An.'),
        superior: str('The superior body line of the letterhead, e.g. Đảng bộ tỉnh Nghệ An.'),
        place: str('Place of issue.'),
        date: { $ref: '#/$defs/isoDate' },
        title: str('Subject lines (trích yếu), as written.'),
        implements: strList('Numbers of the documents this one carries out (also in references).'),
        horizon: {
          type: 'object', additionalProperties: false, description: 'Years the document looks to.',
          properties: { from: { $ref: '#/$defs/year' }, year: { $ref: '#/$defs/year' }, vision: { $ref: '#/$defs/year' } },
        },
        signer: {
          type: 'object', additionalProperties: false, description: 'The signature block.',
          properties: {
            name: str('Name of the signer.'),
            role: str('Role, e.g. Phó Chủ tịch.'),
            onBehalfOf: str('The body signed for (T/M, TM.), e.g. Ban Thường vụ.'),
            lines: strList('The signature lines as written.'),
          },
        },
        recipients: strList('Nơi nhận, one entry per line, without the dash and final punctuation.'),
        motto: strList('National or Party motto lines of the letterhead.'),
        asWritten: strList('Header and closing lines as written (number and date lines, a row with the recipients beside the signature) where the fields above normalise them.'),
      },
    },
    reference: {
      type: 'object', additionalProperties: false, required: ['kind', 'text'],
      properties: {
        kind: { $ref: '#/$defs/documentKind' },
        number: str('Normalised number.'),
        date: { $ref: '#/$defs/isoDate' },
        issuer: str('Issuing body.'),
        term: str('Term (khóa), e.g. XIII.'),
        text: str('The citation as written.'),
      },
    },
    outlineEntry: {
      type: 'object', additionalProperties: false, required: ['id', 'label', 'title', 'line', 'sections'],
      properties: {
        id: str('Label path of the heading.'),
        label: str('The label as written.'),
        title: str('Heading text.'),
        line: { type: 'integer', minimum: 0, description: 'Source line of the heading.' },
        sections: { type: 'array', items: { enum: sections }, description: 'Sections this heading opens (several for a heading such as QUAN ĐIỂM, MỤC TIÊU; none for a container).' },
      },
    },
    items: { type: 'array', items: { $ref: '#/$defs/item' } },
    item: {
      type: 'object', additionalProperties: false, required: ['id', 'label', 'line'],
      description: 'One numbered point, bullet or paragraph; the same shape in every section.',
      properties: {
        id: str('Label path, unique in the document: IV.2.a; bullets by position (IV.2.a.3), unlabeled paragraphs as pN, tables as tN.'),
        label: str('The label as written ("1.", "a)", "-", "Điều 3."); empty for an unlabeled paragraph.'),
        title: str('Heading or bold lead of the item.'),
        text: str('Body text, NFC, soft line breaks joined.'),
        line: { type: 'integer', minimum: 0, description: 'Source line where the item starts.' },
        scope: { enum: ['general', 'specific', 'vision'], description: 'Goals: general (tổng quát), specific (cụ thể), vision (tầm nhìn).' },
        year: { $ref: '#/$defs/year' },
        targets: { type: 'array', items: { $ref: '#/$defs/target' }, description: 'Quantitative targets (chỉ tiêu) the item states.' },
        lead: strList('Bodies that lead (chủ trì).'),
        support: strList('Bodies that support (phối hợp).'),
        deadline: { $ref: '#/$defs/deadline' },
        outputs: strList('Products or results (sản phẩm, kết quả).'),
        table: { $ref: '#/$defs/table' },
        cells: strList('The row as written, for an item read from a table row (task and indicator tables); for a row continued on further rows, their cells joined.'),
        rows: { type: 'array', items: { type: 'array', items: { type: 'string' } }, description: 'For a task whose text broke over several table rows: each row as written (cells joins them).' },
        items: { $ref: '#/$defs/items' },
      },
    },
    target: {
      type: 'object', additionalProperties: false, required: ['comparator', 'value', 'text'],
      properties: {
        indicator: str('What is measured.'),
        comparator: { enum: ['<', '<=', '=', '>=', '>', '~'], description: '< dưới; <= không quá; = đạt; >= ít nhất, trở lên; > trên, hơn; ~ khoảng.' },
        change: { enum: ['increase', 'decrease'], description: 'The figure is a change, not a level: increase = tăng (tăng 12%, tăng bình quân 7%/năm); decrease = giảm (giảm 20%). The comparator bounds the change.' },
        value: { type: 'number', description: 'The figure as a number (2,5 → 2.5; 5.000 → 5000; 1,5 triệu → 1500000).' },
        max: { type: 'number', description: 'Upper end of a range (6,5 - 7%).' },
        unit: str('%, % GDP, %/năm, USD, or a noun.'),
        year: { $ref: '#/$defs/year' },
        baseYear: { $ref: '#/$defs/year', description: 'The year a change is measured from (so với năm 2024).' },
        text: str('The matched text.'),
      },
    },
    deadline: {
      type: 'object', additionalProperties: false, required: ['text'],
      properties: {
        text: str('As written: Quý IV/2025, thường xuyên ...'),
        due: { $ref: '#/$defs/isoDate' },
        recurrence: { enum: ['continuous', 'yearly', 'half-yearly', 'quarterly', 'monthly'], description: 'continuous = thường xuyên; yearly = hằng năm; ...' },
      },
    },
    table: {
      type: 'object', additionalProperties: false, required: ['header'],
      properties: {
        header: strList('Cells of the first row.'),
        rows: { type: 'array', items: { type: 'array', items: { type: 'string' } }, description: 'The other rows, cell by cell; absent when the rows became items (task and indicator tables).' },
      },
    },
    body: {
      type: 'object', additionalProperties: false, required: ['name', 'key', 'lead', 'support'],
      properties: {
        name: str('The name as first written.'),
        key: str('Canonical key: folded, one tone placement, abbreviations expanded.'),
        lead: strList('Ids of the items the body leads.'),
        support: strList('Ids of the items the body supports.'),
      },
    },
  },
};
process.stdout.write(JSON.stringify(schema, null, 2) + '\n');
