// Responsible bodies: real sentences from the corpus (file named in each case).

import { describe, expect, it } from 'vitest';
import { addressees, bodyKey, extractAssignment, findBodies, isBodyName, namesNoOne, namesOf, titleBodies } from '../src/extract/bodies.js';
import { NAME_JOINS, NOT_BODY_PHRASES, PLURAL_WORDS, SHARED_OFFICE_OWNERS, TITLE_TAILS } from '../src/lexicon/bodies.js';
import type { Model } from '../src/model/types.js';
import { parseText } from '../src/parse.js';

describe('lead and support in a sentence', () => {
  it.each([
    ['kh-617: X chủ trì, phối hợp với the rest', 'Là cơ quan đầu mối, chủ trì, phối hợp với các cơ quan, đơn vị, địa phương tham mưu Ủy ban nhân dân Tỉnh tổ chức triển khai', [], ['các cơ quan, đơn vị, địa phương']],
    ['nq57: Ban Tuyên giáo chủ trì, phối hợp', 'Ban Tuyên giáo Trung ương chủ trì, phối hợp với các cơ quan liên quan tổ chức quán triệt', ['Ban Tuyên giáo Trung ương'], ['các cơ quan liên quan']],
    ['nq20: chủ trì phối hợp without comma', 'Ban Tuyên giáo Trung ương chủ trì phối hợp với các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương thường xuyên theo dõi', ['Ban Tuyên giáo Trung ương'], ['các ban đảng, ban cán sự đảng, đảng đoàn, đảng uỷ trực thuộc Trung ương']],
    ['kl-212: Giao X lãnh đạo, chỉ đạo', 'Giao Đảng uỷ Quốc hội lãnh đạo, chỉ đạo ban hành Nghị quyết về tiêu chuẩn của đơn vị hành chính', ['Đảng uỷ Quốc hội'], []],
    ['tb-432: Giao X chủ trì, phối hợp với Y, Z', 'Giao Đảng uỷ Công an Trung ương chủ trì, phối hợp với Đảng uỷ Bộ Tư pháp, Uỷ ban nhân dân các tỉnh, thành phố chỉ đạo chính quyền cơ sở', ['Đảng uỷ Công an Trung ương'], ['Đảng uỷ Bộ Tư pháp', 'Uỷ ban nhân dân các tỉnh, thành phố']],
    ['nq57: Đề nghị X chủ trì', 'Đề nghị Ủy ban trung ương Mặt trận Tổ quốc Việt Nam chủ trì, phối hợp với các tổ chức chính trị - xã hội thực hiện công tác giám sát', ['Ủy ban trung ương Mặt trận Tổ quốc Việt Nam'], ['các tổ chức chính trị - xã hội']],
    ['qd-773: Bộ with a hyphen in its name', 'Bộ Lao động - Thương binh và Xã hội chủ trì, phối hợp với Bộ Tài chính hướng dẫn việc tổ chức thực hiện chi trả trợ cấp', ['Bộ Lao động - Thương binh và Xã hội'], ['Bộ Tài chính']],
    ['design: never split on the và inside a name', 'Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Giáo dục và Đào tạo, Sở Tài chính thực hiện', ['Sở Khoa học và Công nghệ'], ['Sở Giáo dục và Đào tạo', 'Sở Tài chính']],
    ['design: commas inside a ministry name', 'Bộ Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Đài Truyền hình Việt Nam thực hiện', ['Bộ Văn hóa, Thể thao và Du lịch'], ['Đài Truyền hình Việt Nam']],
    ['qd-2623: Cơ quan chủ trì line', '- Cơ quan chủ trì: Bộ Công an.', ['Bộ Công an'], []],
    ['qd-2623: Cơ quan phối hợp line', 'Cơ quan phối hợp: các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.', [], ['các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ', 'Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương']],
    ['kh-617: subject of a duty', 'Sở Tài chính bố trí kinh phí thực hiện Kế hoạch.', ['Sở Tài chính'], []],
    ['qd-2820: inline (cơ quan chủ trì)', 'Sở Tài chính (cơ quan chủ trì), Sở Xây dựng, Sở Nông nghiệp và Môi trường', ['Sở Tài chính'], []],
    ['nq57: the support name ends at its verb', 'Ban cán sự đảng Chính phủ lãnh đạo, chỉ đạo xây dựng chương trình hành động; phối hợp với Đảng đoàn Quốc hội thể chế hoá đầy đủ các chủ trương', ['Ban cán sự đảng Chính phủ'], ['Đảng đoàn Quốc hội']],
    ['tb-624: a body addressed before its duties', 'Bộ Công an: (1) Chủ trì triển khai Đề án 06; (2) Hoàn thiện cơ sở dữ liệu dân cư', ['Bộ Công an'], []],
    ['tb-624: the body\'s abbreviation in brackets', 'Đài Truyền hình Việt Nam (VTV) chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch xây dựng chương trình', ['Đài Truyền hình Việt Nam (VTV)'], ['Bộ Văn hóa, Thể thao và Du lịch']],
    ['kh-179: Khuyến khích X', 'Khuyến khích Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh chỉ đạo tổ chức đoàn các cấp tham gia', ['Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh'], []],
    ['tb-624: a collective support ends at its verb', 'Bộ Khoa học và Công nghệ chủ trì, phối hợp với các bộ, ngành tháo gỡ các khó khăn', ['Bộ Khoa học và Công nghệ'], ['các bộ, ngành']],
    ['nq20: X chỉ đạo', 'Đảng đoàn Quốc hội chỉ đạo việc sửa đổi, bổ sung hoàn thiện các luật', ['Đảng đoàn Quốc hội'], []],
    ['kl69: collective subject', 'Các cấp ủy, tổ chức đảng lãnh đạo, chỉ đạo quán triệt sâu sắc Kết luận này', ['Các cấp ủy, tổ chức đảng'], []],
    ['a ministry\'s department: X là đơn vị đầu mối', 'Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp là đơn vị đầu mối theo dõi, đôn đốc', ['Vụ Kế hoạch, Tài chính và Quản lý doanh nghiệp'], []],
    ['a notice: Giao a project board by its full name, up to its verb', 'Giao Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh đẩy nhanh tiến độ thi công', ['Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh'], []],
    ['a notice: collective investors', 'Các chủ đầu tư khẩn trương hoàn thiện hồ sơ, thủ tục', ['Các chủ đầu tư'], []],
    ['ct-010: do X chủ trì', 'Các nhiệm vụ do Bộ Nông nghiệp và Môi trường chủ trì, hoàn thành trong năm 2026', ['Bộ Nông nghiệp và Môi trường'], []],
    ['nq03, qd-2530: "Bộ Ngoại giao" is one name, "giao" no verb there', 'Bộ Công an chủ trì, phối hợp với Bộ Quốc phòng, Bộ Ngoại giao rà soát, khoanh định khu vực biển', ['Bộ Công an'], ['Bộ Quốc phòng', 'Bộ Ngoại giao']],
    ['a notice: a group named with its abbreviation prepares', 'Tập đoàn Điện lực Việt Nam (EVN) chuẩn bị phương án đấu nối, giải tỏa công suất các dự án.', ['Tập đoàn Điện lực Việt Nam (EVN)'], []],
    ['a bullet\'s bracketed labels', 'Đầu tư nâng cấp nhà văn hóa thôn (Cơ quan chủ trì: Sở Văn hóa, Thể thao và Du lịch; cơ quan phối hợp: Sở Tài chính, UBND các xã, phường; thời gian: 2026 - 2028).', ['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Tài chính', 'UBND các xã, phường']],
    ['a bracketed "chủ trì:" label', 'Rà soát quỹ đất dành cho thiết chế văn hóa (chủ trì: Sở Nông nghiệp và Môi trường; hoàn thành trong Quý II/2026).', ['Sở Nông nghiệp và Môi trường'], []],
    ['after a lead, "Y phối hợp thực hiện" supports', 'Sở Văn hóa, Thể thao và Du lịch chủ trì lập hồ sơ xếp hạng di tích; UBND các xã, phường phối hợp thực hiện.', ['Sở Văn hóa, Thể thao và Du lịch'], ['UBND các xã, phường']],
    ['kl-221: "X phối hợp Y" with its partner named is no support of X', 'Yêu cầu các cấp uỷ đẩy mạnh việc rà soát. Các tỉnh uỷ, thành uỷ phối hợp Bộ Y tế khẩn trương sắp xếp các trạm y tế cấp xã', ['các cấp uỷ'], []],
    ['a district plan: the provincial telecoms and power units', 'Phòng Văn hóa và Thông tin chủ trì, phối hợp với Viễn thông Phú Thọ, Điện lực Thanh Sơn triển khai mạng cáp quang', ['Phòng Văn hóa và Thông tin'], ['Viễn thông Phú Thọ', 'Điện lực Thanh Sơn']],
    ['a commune plan: the youth union supports sellers, the subject before "hỗ trợ" leads', 'Đoàn Thanh niên xã hỗ trợ chủ thể bán hàng trên sàn thương mại điện tử.', ['Đoàn Thanh niên xã'], []],
    ['"quảng bá" ends the name of a partner', 'Phòng Văn hóa - Xã hội phối hợp với Hội Liên hiệp Phụ nữ xã quảng bá sản phẩm trên Trang thông tin điện tử của xã.', ['Phòng Văn hóa - Xã hội'], ['Hội Liên hiệp Phụ nữ xã']],
    ['heads of ministries and provinces who "tập trung chỉ đạo"', 'Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương tập trung chỉ đạo thực hiện.', ['Bộ trưởng', 'Thủ trưởng cơ quan ngang bộ', 'Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương'], []],
    ['a body renamed in brackets is named as it is now', 'Ban Kinh tế - Xã hội Tỉnh ủy (nay là Văn phòng Tỉnh ủy) chủ trì, phối hợp với các cơ quan liên quan theo dõi.', ['Văn phòng Tỉnh ủy'], ['các cơ quan liên quan']],
    ['a supporting body renamed in brackets', 'Sở Nội vụ phối hợp với Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ) triển khai.', ['Sở Nội vụ'], ['Sở Khoa học và Công nghệ']],
    ['"trước đây là": the name outside the brackets is the one now', 'Sở Tài chính (trước đây là Sở Kế hoạch và Đầu tư), Sở Nội vụ hướng dẫn.', ['Sở Tài chính', 'Sở Nội vụ'], []],
    ['kh-144: "các trường dữ liệu do X chủ trì" are fields of data, not schools', 'Xác định các trường dữ liệu do cơ quan nhà nước chủ trì thu thập; các trường hợp vi phạm do Công an tỉnh chủ trì xử lý.', ['Công an tỉnh'], []],
    ['a centre that runs a system leads', 'Trung tâm Chuyển đổi số tỉnh vận hành Trung tâm giám sát, điều hành thông minh (IOC), thường xuyên.', ['Trung tâm Chuyển đổi số tỉnh'], []],
    ['nq57: a fund named for what it invests in is no subject of "đầu tư"', 'Ban hành Chương trình phát triển công nghệ; Quỹ đầu tư phát triển công nghiệp chiến lược.', [], []],
    ['a regulation: the members of a committee, with the bodies concerned', 'Thành viên Ban Chỉ đạo, các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quy chế này.', ['Thành viên Ban Chỉ đạo', 'các cơ quan, đơn vị liên quan'], []],
    ['kh-179: "các Viện nghiên cứu" are institutes, and the list goes on after them', 'Cục Quản lý tài nguyên nước chủ trì, phối hợp với các Viện nghiên cứu, UBND các tỉnh, thành phố trực thuộc Trung ương thực hiện:', ['Cục Quản lý tài nguyên nước'], ['các Viện nghiên cứu', 'UBND các tỉnh, thành phố trực thuộc Trung ương']],
    ['a training institution is a noun, not a body that trains', 'Các cơ sở đào tạo đại học mở ngành mới.', [], []],
    ['qd-2820: a department with a verb the lexicon does not list', 'Sở Tài chính định kỳ hằng quý tổng hợp báo cáo Ủy ban nhân dân Thành phố.', ['Sở Tài chính'], []],
    ['a standing body, its level and its province', 'Công an tỉnh Quảng Ninh đấu tranh, triệt phá các đường dây lừa đảo qua mạng.', ['Công an tỉnh Quảng Ninh'], []],
    ['a ministry whose name ends in "và"', 'Sở Nông nghiệp và Môi trường công khai danh mục dự án thu hút đầu tư.', ['Sở Nông nghiệp và Môi trường'], []],
    ['a Party committee\'s board', 'Ban Tổ chức Tỉnh ủy rà soát, bổ sung quy hoạch cán bộ.', ['Ban Tổ chức Tỉnh ủy'], []],
    ['a level written "cấp xã"', 'UBND cấp xã niêm yết công khai thủ tục hành chính.', ['UBND cấp xã'], []],
    ['a later sentence\'s subject, after a first sentence with none, is left to the item\'s inherited leads', 'Chủ động công bố dữ liệu mở. UBND cấp xã chú trọng công bố dữ liệu dân cư.', [], []],
    ['bodies with names of their own, then a verb that ends a name', 'Báo Nghệ An, Đài Phát thanh và Truyền hình tỉnh mở chuyên trang, chuyên mục.', ['Báo Nghệ An', 'Đài Phát thanh và Truyền hình tỉnh'], []],
    ['a college by its name invests', 'Trường Cao đẳng Kỹ thuật Công nghệ tỉnh đầu tư trang thiết bị đào tạo.', ['Trường Cao đẳng Kỹ thuật Công nghệ tỉnh'], []],
    ['ct-010: a verb word inside a name ("ứng dụng Công nghệ cao") is no verb', 'Sở Tài chính, Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên có trách nhiệm phối hợp công bố thông tin.', ['Sở Tài chính', 'Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao Phú Yên'], []],
    ['a second clause\'s standing subject, after a lead', 'Sở Y tế chủ trì xây dựng đề án; Sở Tài chính thẩm định kinh phí.', ['Sở Y tế', 'Sở Tài chính'], []],
  ])('%s', (_name, text, lead, support) => {
    expect(extractAssignment(text)).toEqual({ lead, support });
  });

  it.each([
    'Ban hành kế hoạch chuyển đổi số của tỉnh.',
    'Giao dịch điện tử được thực hiện trên nền tảng số.',
    'Hội nghị đã thống nhất các nội dung sau.',
    'Tổ chức thực hiện nghiêm túc Chỉ thị này.',
    'bố trí kinh phí cho các nhiệm vụ trọng tâm',
    'Trường hợp có khó khăn, vướng mắc thì báo cáo.',
    'Sở Tài chính được giao dự toán kinh phí.',
    'Văn phòng Chính phủ trân trọng thông báo để các cơ quan biết.',
    'Văn phòng UBND tỉnh thông báo để các cơ quan, đơn vị biết, thực hiện./.',
    'Ủy ban nhân dân các tỉnh, thành phố:',
    'Bộ Tài chính của nước bạn đã hỗ trợ.',
    'Quỹ đầu tư phát triển công nghiệp chiến lược mở rộng hoạt động.',
  ])('no body in "%s"', (text) => {
    expect(extractAssignment(text)).toEqual({ lead: [], support: [] });
  });
});

describe('the addressees of a sentence that opens a list', () => {
  it('ct-31: the bodies after yêu cầu / đề nghị / giao', () => {
    expect(addressees('Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương:')).toEqual(['Chủ tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương']);
    expect(addressees('Bộ Chính trị, Ban Bí thư kết luận như sau:')).toEqual([]);
    // named, then their verb, the sentence running on to the colon that opens the points (kl69)
    expect(addressees('Để chủ động ứng phó, yêu cầu các sở, ngành, địa phương thực hiện tốt các nhiệm vụ sau:')).toEqual(['các sở, ngành, địa phương']);
    expect(addressees('Ban Bí thư yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo thực hiện tốt các nhiệm vụ sau:')).toEqual(['các cấp ủy, tổ chức đảng']);
    // not when a sentence ends between them and the colon
    expect(addressees('Yêu cầu các sở, ngành thực hiện nghiêm. Các nhiệm vụ cụ thể như sau:')).toEqual([]);
  });
});

describe('bodies named in prose', () => {
  it('news-hanoi: stops before the person and skips the role in front', () => {
    const text = 'Trong đó, Giám đốc Sở KH&CN TP Nguyễn Hồng Sơn trình bày Chương trình hành động số 30-Ctr/TU. Phó Chủ tịch Thường trực Ủy ban MTTQ Việt Nam TP Hà Nội Nguyễn Sỹ Trường trình bày.';
    expect(findBodies(text)).toEqual(['Sở KH&CN TP', 'Ủy ban MTTQ Việt Nam TP Hà Nội']);
  });

  it('a document kind or a role after a comma ends the name', () => {
    expect(findBodies('Ban Thường vụ Thành ủy, Nghị quyết số 45-NQ/TW góp phần. Thành ủy Hà Nội, Phó Bí thư Thành ủy nhấn mạnh')).toEqual(['Ban Thường vụ Thành ủy', 'Thành ủy Hà Nội', 'Thành ủy']);
  });

  it('a generic head goes on through "của" to the body it belongs to; a named body stops there', () => {
    expect(extractAssignment('Giao Thường trực Hội đồng nhân dân tỉnh, các Ban của Hội đồng nhân dân tỉnh và Ủy ban nhân dân tỉnh giám sát việc thực hiện.').lead)
      .toEqual(['Thường trực Hội đồng nhân dân tỉnh', 'các Ban của Hội đồng nhân dân tỉnh', 'Ủy ban nhân dân tỉnh']);
    expect(extractAssignment('Các Ban của Tỉnh ủy tham mưu thực hiện.').lead).toEqual(['Các Ban của Tỉnh ủy']);
    // "của" before something that is no body, or after a body with a name of its own, still ends the name
    expect(extractAssignment('Giao các Ban của mình chủ trì thực hiện.').lead).toEqual(['các Ban']);
    expect(extractAssignment('Giao Sở Tài chính của Thành phố Hà Nội chủ trì.').lead).toEqual(['Sở Tài chính']);
  });

  it('a place that looks like a person stays in the name', () => {
    expect(findBodies('Ủy ban nhân dân Thành phố Hồ Chí Minh ban hành kế hoạch.')).toEqual(['Ủy ban nhân dân Thành phố Hồ Chí Minh']);
  });
});

describe('names and keys', () => {
  it('splits table cells only between names', () => {
    expect(namesOf('Sở KH&CN; các cơ quan, đơn vị liên quan')).toEqual(['Sở KH&CN', 'các cơ quan, đơn vị liên quan']);
    expect(namesOf('Bộ Khoa học và Công nghệ, Bộ Tài chính')).toEqual(['Bộ Khoa học và Công nghệ', 'Bộ Tài chính']);
    expect(namesOf('Các sở, ban, ngành tỉnh; UBND các xã, phường')).toEqual(['Các sở, ban, ngành tỉnh', 'UBND các xã, phường']);
    // nq03-cp-2025-pl2.v1.md cells
    expect(namesOf('Bộ Thông tin và Truyền thông')).toEqual(['Bộ Thông tin và Truyền thông']);
    expect(namesOf('Bộ, ngành, địa phương')).toEqual(['Bộ, ngành, địa phương']);
    expect(namesOf('VTV, VOV')).toEqual(['VTV', 'VOV']);
    expect(namesOf('Địa phương được lựa chọn')).toEqual(['Địa phương']);
    // a comma inside a name, and a lower-case noun that is not a verb
    expect(namesOf('Cục Thông tin, Thống kê')).toEqual(['Cục Thông tin, Thống kê']);
    // kh-310 cells: two names once on two lines; a collective of lower-case nouns
    expect(namesOf('Sở Khoa học và Công nghệ Sở Công Thương')).toEqual(['Sở Khoa học và Công nghệ', 'Sở Công Thương']);
    expect(namesOf('Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư')).toEqual(['Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư']);
    expect(namesOf('Đảng ủy Bộ Y tế')).toEqual(['Đảng ủy Bộ Y tế']);
    // qd-2820 cell: a list of places after the body
    expect(namesOf('Các sở, ngành, UBND xã, phường, đặc khu')).toEqual(['Các sở, ngành', 'UBND xã, phường, đặc khu']);
    expect(namesOf('Cục Chuyển đổi số quốc gia, Trung tâm Công nghệ thông tin')).toEqual(['Cục Chuyển đổi số quốc gia', 'Trung tâm Công nghệ thông tin']);
  });

  it('keeps the lower-case words of a unit\'s name where the text can only be names', () => {
    // a "Cơ quan chủ trì" cell: "đầu tư xây dựng", "thường xuyên" are the name, not verbs after it
    expect(namesOf('Ban Quản lý dự án đầu tư xây dựng huyện')).toEqual(['Ban Quản lý dự án đầu tư xây dựng huyện']);
    expect(namesOf('Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện')).toEqual(['Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện']);
    expect(namesOf('Viện Nghiên cứu phát triển Thành phố')).toEqual(['Viện Nghiên cứu phát triển Thành phố']);
    expect(namesOf('Cục Quản lý và Phát triển thị trường trong nước')).toEqual(['Cục Quản lý và Phát triển thị trường trong nước']);
    // what follows a name in a cell still ends it
    expect(namesOf('Các sở, ngành theo chức năng, nhiệm vụ được giao')).toEqual(['Các sở, ngành']);
    expect(namesOf('Các xã có điểm du lịch')).toEqual(['Các xã']);
    // an item's title stays strict: a body and its duty is no body's name
    expect(isBodyName('Sở Tài chính xây dựng dự toán')).toBe(false);
  });

  it('reads a name with lower-case words up to "chủ trì", and the whole of it after "Giao"', () => {
    expect(extractAssignment('Ban Quản lý dự án đầu tư xây dựng huyện chủ trì, phối hợp với Phòng Tài chính - Kế hoạch thực hiện.'))
      .toEqual({ lead: ['Ban Quản lý dự án đầu tư xây dựng huyện'], support: ['Phòng Tài chính - Kế hoạch'] });
    expect(extractAssignment('Giao Ban Quản lý dự án đầu tư xây dựng huyện chủ trì.').lead).toEqual(['Ban Quản lý dự án đầu tư xây dựng huyện']);
    expect(extractAssignment('Trung tâm Phát triển quỹ đất huyện chủ trì thực hiện').lead).toEqual(['Trung tâm Phát triển quỹ đất huyện']);
    // another body between is not one name with the lower-case words before it
    expect(extractAssignment('UBND tỉnh giao Sở Xây dựng chủ trì thực hiện').lead).toEqual(['Sở Xây dựng']);
    // in running text the verb still ends the name
    expect(extractAssignment('Sở Tài chính xây dựng dự toán, trình UBND tỉnh').lead).toEqual(['Sở Tài chính']);
  });

  it('keeps a nameless kind of unit in a collective, capitalised or not', () => {
    expect(namesOf('Các Cục, Vụ liên quan')).toEqual(['Các Cục, Vụ liên quan']);
    expect(namesOf('các Sở, Ban, ngành liên quan')).toEqual(['các Sở, Ban, ngành liên quan']);
    // a unit with a name of its own starts the next name
    expect(namesOf('Các Cục, Vụ, Văn phòng Bộ')).toEqual(['Các Cục, Vụ', 'Văn phòng Bộ']);
    expect(namesOf('các sở, Sở Tài chính')).toEqual(['các sở', 'Sở Tài chính']);
    expect(namesOf('các bộ, ngành, Ủy ban nhân dân các tỉnh')).toEqual(['các bộ, ngành', 'Ủy ban nhân dân các tỉnh']);
    expect(extractAssignment('- Đơn vị phối hợp: Các Cục, Vụ liên quan.').support).toEqual(['Các Cục, Vụ liên quan']);
    // health and education units are kinds too
    expect(extractAssignment('Nâng cấp mạng LAN. Đơn vị thực hiện: các bệnh viện tuyến tỉnh; thời gian: Quý II/2026.').lead).toEqual(['các bệnh viện tuyến tỉnh']);
  });

  it('knows an item titled by a body', () => {
    expect(isBodyName('Sở Văn hoá, Thể thao và Du lịch')).toBe(true);
    expect(isBodyName('Ủy ban nhân dân các xã, phường')).toBe(true);
    expect(isBodyName('Nâng cao nhận thức và đổi mới tư duy')).toBe(false);
    expect(isBodyName('Mục tiêu cụ thể')).toBe(false);
  });

  it('gives abbreviations, tone placement and case one key', () => {
    expect(bodyKey('UBND tỉnh')).toBe(bodyKey('Ủy ban nhân dân tỉnh'));
    expect(bodyKey('Sở KH&CN')).toBe(bodyKey('Sở Khoa học và Công nghệ'));
    expect(bodyKey('Tỉnh uỷ')).toBe(bodyKey('Tỉnh ủy'));
    expect(bodyKey('Sở Nội vụ')).toBe('so noi vu');
    expect(bodyKey('Đài Truyền hình Việt Nam (VTV)')).toBe(bodyKey('Đài Truyền hình Việt Nam'));
    expect(bodyKey('Sở Tài chính')).not.toBe(bodyKey('Sở Tư pháp'));
  });
});

describe('plural words', () => {
  it.each(PLURAL_WORDS)('"%s" before a kind of unit names no one body, at the start or after a body\'s type', (word) => {
    const upper = word[0]!.toUpperCase() + word.slice(1);
    expect(namesNoOne(`${upper} sở, ban, ngành`)).toBe(true);
    expect(namesNoOne(`UBND ${word} xã, phường`)).toBe(true);
    expect(namesNoOne(`Ban Quản lý ${word} khu công nghiệp`)).toBe(false);
    expect(extractAssignment(`${upper} sở, ngành chủ trì triển khai.`).lead.length).toBeGreaterThan(0);
  });
});

describe('words that make a head noun no body', () => {
  const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
  it('each phrase of the lexicon, capitalised, is not read as a name, and the body beside it still is', () => {
    for (const phrase of NOT_BODY_PHRASES) {
      expect(isBodyName(cap(phrase)), phrase).toBe(false);
      expect(findBodies(`${cap(phrase)} và Sở Tài chính tỉnh`), phrase).toEqual(['Sở Tài chính tỉnh']);
    }
  });
});

describe('units of district and sector level', () => {
  it('bodies joined by each word of NAME_JOINS are two bodies', () => {
    for (const join of NAME_JOINS) {
      expect(extractAssignment(`Sở Tài chính ${join} Sở Tư pháp chủ trì rà soát.`).lead, join).toEqual(['Sở Tài chính', 'Sở Tư pháp']);
    }
  });

  it('a Phòng, Trạm, Bệnh viện, Công đoàn, Bộ Tư lệnh or Trung ương with its name leads; "Phòng, chống" and "Phòng ngừa" are work, not a body', () => {
    expect(extractAssignment('Phòng Tư pháp huyện chủ trì, phối hợp với Phòng Văn hóa - Thông tin triển khai.'))
      .toEqual({ lead: ['Phòng Tư pháp huyện'], support: ['Phòng Văn hóa - Thông tin'] });
    for (const name of ['Trạm Y tế xã', 'Bệnh viện Đa khoa tỉnh', 'Công đoàn ngành Giáo dục', 'Bộ Tư lệnh Thủ đô Hà Nội', 'Trung ương Hội Cựu chiến binh Việt Nam', 'Đài Phát thanh và Truyền hình tỉnh']) {
      expect(extractAssignment(`${name} chủ trì thực hiện.`).lead, name).toEqual([name]);
    }
    for (const text of ['Phòng, chống tham nhũng là nhiệm vụ của các cấp.', 'Phòng chống dịch bệnh hiệu quả.', 'Phòng ngừa rủi ro thiên tai.', 'Phòng cháy, chữa cháy tại khu dân cư.', 'Đài phát thanh cơ sở tăng cường tuyên truyền.', 'Trung ương và địa phương cùng thực hiện.', 'Sở và địa phương cùng thực hiện.']) {
      expect(findBodies(text), text).toEqual([]);
      expect(extractAssignment(text).lead, text).toEqual([]);
    }
  });

  it('an office shared by two owners is one body; an office with its place, then "và" and another body, is two', () => {
    for (const owner of SHARED_OFFICE_OWNERS) {
      expect(extractAssignment(`Văn phòng Đoàn ĐBQH và ${owner} tỉnh chủ trì thực hiện.`).lead, owner).toEqual([`Văn phòng Đoàn ĐBQH và ${owner} tỉnh`]);
    }
    expect(extractAssignment('Văn phòng HĐND và UBND huyện chủ trì, phối hợp với các phòng, ban chuyên môn thực hiện.'))
      .toEqual({ lead: ['Văn phòng HĐND và UBND huyện'], support: ['các phòng, ban chuyên môn'] });
    expect(extractAssignment('Văn phòng UBND tỉnh và UBND các huyện chủ trì thực hiện.').lead).toEqual(['Văn phòng UBND tỉnh', 'UBND các huyện']);
    expect(extractAssignment('Văn phòng HĐND và Sở Tư pháp chủ trì thực hiện.').lead).toEqual(['Văn phòng HĐND', 'Sở Tư pháp']);
  });

  it('a heading of bodies may end with each of TITLE_TAILS; "các tổ chức, cá nhân" is a collective', () => {
    for (const tail of TITLE_TAILS) {
      expect(titleBodies(`Các doanh nghiệp viễn thông, tổ chức, cá nhân ${tail}`), tail).toEqual(['Các doanh nghiệp viễn thông, tổ chức, cá nhân']);
      expect(titleBodies(`Sở Tài chính ${tail} đến ngân sách`), tail).toEqual([]);
    }
    expect(extractAssignment('Các tổ chức, cá nhân có trách nhiệm thực hiện.').lead).toEqual(['Các tổ chức, cá nhân']);
    expect(extractAssignment('Thường trực Hội đồng nhân dân tỉnh, các Ban Hội đồng nhân dân tỉnh, các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh giám sát việc thực hiện.').lead)
      .toEqual(['Thường trực Hội đồng nhân dân tỉnh', 'các Ban Hội đồng nhân dân tỉnh', 'các Tổ đại biểu và đại biểu Hội đồng nhân dân tỉnh']);
  });
});

describe('the bodies index: a department named with and without its level', () => {
  const plan = (issuer: string, names: [string, string]): Model => parseText([`**${issuer.toUpperCase()}**`, '', '**Số: 5/KH-UBND**', '', '**KẾ HOẠCH**', '', '**Phát triển du lịch**', '',
    '**I. NHIỆM VỤ**', '', `1. ${names[0]} chủ trì xây dựng kế hoạch.`, '', `2. ${names[1]} chủ trì tổ chức lễ hội.`].join('\n'),
  { file: 'k.md', format: 'markdown', sha256: '0'.repeat(64) }).model;

  it('is one entry in a document of that level, the name first written kept', () => {
    const m = plan('Ủy ban nhân dân huyện Thanh Sơn', ['Phòng Văn hóa và Thông tin', 'Phòng Văn hóa và Thông tin huyện']);
    expect(m.bodies.map((b) => [b.name, b.lead])).toEqual([['Phòng Văn hóa và Thông tin', ['I.1', 'I.2']]]);
    // the items keep their names as written
    expect(m.tasks.map((t) => t.lead)).toEqual([['Phòng Văn hóa và Thông tin'], ['Phòng Văn hóa và Thông tin huyện']]);
  });

  it('takes the level from the issuer\'s superior when the issuer names none', () => {
    const text = ['UBND TỈNH THÁI NGUYÊN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'SỞ Y TẾ                                   Độc lập - Tự do - Hạnh phúc', '',
      'Số: 12/KH-SYT', '', 'KẾ HOẠCH', 'Chuyển đổi số ngành y tế', '', 'I. NHIỆM VỤ', '1. Sở Tài chính chủ trì bố trí kinh phí.', '2. Sở Tài chính tỉnh chủ trì thẩm định dự toán.'].join('\n');
    const m = parseText(text, { file: 'k.txt', format: 'text', sha256: '0'.repeat(64) }).model;
    expect([m.document.issuer, m.document.superior]).toEqual(['Sở Y tế', 'UBND tỉnh Thái Nguyên']);
    expect(m.bodies.map((b) => [b.name, b.lead])).toEqual([['Sở Tài chính', ['I.1', 'I.2']]]);
  });

  it('stays two where the level is another one, or the name is no department of its own', () => {
    expect(plan('Ủy ban nhân dân huyện Thanh Sơn', ['Sở Tài chính', 'Sở Tài chính tỉnh']).bodies).toHaveLength(2);
    expect(plan('Ủy ban nhân dân tỉnh Phú Thọ', ['Ủy ban nhân dân', 'Ủy ban nhân dân tỉnh']).bodies).toHaveLength(2);
  });
});
