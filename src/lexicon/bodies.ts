// Responsible bodies (vietnamese-documents.md §5), as data: the nouns a body's name starts with,
// the words that end a name, the phrases that assign a task, and the abbreviations a canonical key
// expands. Matching is on canon() forms: lower case, one tone placement, diacritics kept.

/** Words a body's name starts with (first words, in canon form checked word by word). */
export const HEAD_NOUNS: string[] = [
  // State bodies
  'Bộ', 'Sở', 'Ban', 'Ủy ban', 'Uỷ ban', 'UBND', 'HĐND', 'Hội đồng', 'Văn phòng', 'Công an', 'Bộ Chỉ huy', 'Bộ đội',
  'Thanh tra', 'Kiểm toán', 'Tòa án', 'Viện kiểm sát', 'Ngân hàng', 'Thông tấn xã', 'Đài', 'Báo', 'Cục',
  'Tổng cục', 'Vụ', 'Chi cục', 'Thuế', 'Kho bạc', 'Chính phủ', 'Quốc hội', 'Thủ tướng', 'Phó Thủ tướng', 'Bộ trưởng',
  'Thủ trưởng', 'Chủ tịch', 'Giám đốc', 'Người đứng đầu', 'Thành viên', 'Cơ quan', 'Đơn vị', 'Tổ công tác', 'Tổ giúp việc', 'Ban Chỉ đạo',
  'Ban Quản lý', 'Ban Quản lý dự án', 'Ban Quản lý dự án đầu tư xây dựng', 'Trung tâm', 'Viện', 'Học viện', 'Trường', 'Đại học', 'Quỹ', 'Tập đoàn', 'Tổng công ty', 'Công ty',
  'Hải quan', 'Cảng vụ', 'Chi nhánh', 'Văn phòng Chính phủ', 'Mặt trận', 'MTTQ', 'VTV', 'VOV', 'TTXVN', 'VPCP', 'NHNN',
  'BHXH', 'Bảo hiểm xã hội', 'Phòng', 'Bệnh viện', 'Trạm', 'Bộ Tư lệnh', 'Trung ương',
  'Viễn thông', 'Bưu điện', 'Điện lực', 'Hạt Kiểm lâm', 'Kiểm lâm', 'Cảnh sát',
  // Party bodies
  'Bộ Chính trị', 'Ban Bí thư', 'Ban Chấp hành', 'Ban Thường vụ', 'Thường trực', 'Thường vụ', 'Đảng ủy', 'Đảng uỷ',
  'Đảng đoàn', 'Ban cán sự đảng', 'Ban cán sự', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy', 'Huyện uỷ',
  'Quận ủy', 'Quận uỷ', 'Thị ủy', 'Thị uỷ', 'Đảng bộ', 'Chi bộ', 'Tổ đảng', 'Cấp ủy', 'Cấp uỷ', 'Ủy ban Kiểm tra',
  // Mass organisations
  'Hội', 'Công đoàn', 'Liên đoàn', 'Liên minh', 'Liên hiệp', 'Đoàn', 'Tỉnh đoàn', 'Thành đoàn', 'Hiệp hội', 'Nhà xuất bản',
  // Collectives
  'Các', 'Doanh nghiệp', 'Nhà trường', 'Địa phương',
];

/** Words that join two bodies in a list ("Sở Tài chính và Sở Tư pháp", "Công an tỉnh cùng Bộ Chỉ huy Quân sự tỉnh"), in canon form. */
export const NAME_JOINS: string[] = ['và', 'cùng'];

/**
 * Bodies that share one office: "Văn phòng HĐND và UBND huyện", "Văn phòng Đoàn ĐBQH và HĐND tỉnh" name
 * one office, not two bodies. After "Văn phòng" and an owner, "và" and another of these goes on with the name.
 */
export const SHARED_OFFICE_OWNERS: string[] = [
  'HĐND', 'UBND', 'Hội đồng nhân dân', 'Ủy ban nhân dân', 'Uỷ ban nhân dân', 'Đoàn ĐBQH', 'Đoàn đại biểu Quốc hội',
];

/** Words that make a plural of what follows them ("các sở", "những cơ quan"), in canon form. */
export const PLURAL_WORDS: string[] = ['các', 'những'];

/**
 * Words that may follow "các" in a collective subject ("các sở, ban, ngành", "các cơ quan, đơn vị",
 * "Các cấp ủy, tổ chức đảng"), and that continue such a list after a comma.
 */
export const COLLECTIVE_NOUNS: string[] = [
  'bộ', 'ngành', 'sở', 'ban', 'cơ quan', 'đơn vị', 'địa phương', 'cấp ủy', 'cấp uỷ', 'tổ chức', 'doanh nghiệp', 'tỉnh',
  'thành phố', 'huyện', 'quận', 'thị xã', 'thị trấn', 'xã', 'phường', 'đặc khu', 'trường', 'viện', 'hội', 'đoàn thể', 'cấp', 'ủy ban',
  'uỷ ban', 'đảng ủy', 'đảng uỷ', 'đảng đoàn', 'ban cán sự đảng', 'tỉnh ủy', 'tỉnh uỷ', 'thành ủy', 'thành uỷ',
  'huyện ủy', 'huyện uỷ', 'thị ủy', 'thị uỷ', 'quận ủy', 'quận uỷ',
  'cơ sở', 'hiệp hội', 'tập đoàn', 'tổng công ty', 'ngân hàng', 'cơ quan báo chí', 'báo', 'đài', 'văn phòng',
  'cục', 'vụ', 'chi cục', 'tổng cục', 'chủ đầu tư', 'bệnh viện', 'trạm y tế', 'trung tâm y tế', 'cơ sở y tế', 'cơ sở giáo dục', 'chi bộ', 'tổ chức đảng', 'tổ chức chính trị - xã hội', 'bộ, ngành', 'thành viên', 'đồng chí', 'Bộ trưởng', 'chính quyền',
  'mặt trận', 'đoàn thể chính trị - xã hội', 'phòng', 'phòng chuyên môn', 'cá nhân', 'tổ đại biểu', 'đại biểu', 'nhà đầu tư', 'nhà cung cấp', 'nhà khoa học', 'doanh nhân', 'người dân',
];

/** Administrative levels a body's name may end with, its own level: "Sở Tài chính tỉnh", "Phòng Nội vụ huyện". */
export const ADMIN_LEVELS: string[] = ['thành phố', 'thị xã', 'tỉnh', 'huyện', 'quận', 'phường', 'xã'];

/** Words after a kind of unit in a collective that leave it nameless: "Các Cục, Vụ liên quan". */
export const COLLECTIVE_TAILS: string[] = ['liên quan', 'có liên quan', 'trực thuộc'];

/**
 * Brackets that rename a body, as documents written across the 2025 mergers have them: "Sở Kế hoạch
 * và Đầu tư (nay là Sở Tài chính)" names the body now inside, "Sở Tài chính (trước đây là Sở Kế
 * hoạch và Đầu tư)" outside.
 */
export const RENAMED_NOW: string[] = ['nay là', 'nay đổi thành', 'nay được hợp nhất thành', 'nay sáp nhập vào'];
export const RENAMED_BEFORE: string[] = ['trước đây là', 'trước là', 'nguyên là'];

/** Words a heading may end with after the names it is titled by: "5. Các doanh nghiệp, tổ chức, cá nhân có liên quan". */
export const TITLE_TAILS: string[] = ['có liên quan'];

/**
 * Words that end a name: the verb of the clause begins. Checked as whole word sequences.
 * "tổ chức" is a verb here unless it continues a collective after a comma ("các cơ quan, tổ chức").
 */
export const NAME_ENDERS: string[] = [
  'chủ trì', 'phối hợp', 'lãnh đạo', 'chỉ đạo', 'thực hiện', 'xây dựng', 'tham mưu', 'hướng dẫn', 'theo dõi', 'ban hành',
  'tổ chức', 'có trách nhiệm', 'chịu trách nhiệm', 'triển khai', 'rà soát', 'nghiên cứu', 'báo cáo', 'đề xuất', 'trình',
  'bố trí', 'phê duyệt', 'kiểm tra', 'đôn đốc', 'căn cứ', 'là', 'được', 'cần', 'phải', 'tiếp tục', 'khẩn trương', 'chủ động',
  'tăng cường', 'đẩy mạnh', 'đẩy nhanh', 'quán triệt', 'cụ thể hóa', 'cụ thể hoá', 'thẩm định', 'cung cấp', 'hỗ trợ', 'sớm', 'định kỳ',
  'để', 'thống nhất', 'giúp', 'làm', 'bảo đảm', 'đảm bảo', 'có', 'sẽ', 'đã', 'đang', 'cùng', 'nắm', 'xem xét', 'quyết định',
  'giám sát', 'vận động', 'tuyên truyền', 'phổ biến', 'quảng bá', 'chuẩn bị', 'hoàn thiện', 'hoàn thành', 'sửa đổi', 'bổ sung',
  'thành lập', 'kiện toàn', 'lựa chọn', 'ưu tiên', 'đầu tư', 'cân đối', 'huy động', 'tập trung', 'quan tâm', 'nâng cao',
  'phát huy', 'tạo điều kiện', 'thường xuyên', 'tổng hợp', 'kịp thời', 'nghiêm túc', 'trực tiếp', 'trong', 'theo', 'tại',
  'về', 'với', 'đối với', 'trên cơ sở', 'nhằm', 'gồm', 'như', 'khi', 'nếu', 'đến', 'từ', 'của', 'cho', 'bằng',
  'tham gia', 'đánh giá', 'sơ kết', 'tổng kết', 'gửi', 'phát triển', 'ứng dụng', 'quản lý', 'thúc đẩy',
  'tiếp nhận', 'giải quyết', 'phản ánh', 'tích cực', 'chỉ', 'lập', 'hoàn chỉnh', 'cập nhật', 'điều chỉnh', 'đăng ký', 'ký', 'chi trả',
  'xử lý', 'khắc phục', 'nhận', 'đưa', 'thực thi', 'vận hành', 'duy trì', 'mở', 'kết nối', 'hình thành', 'làm rõ',
  'kêu gọi', 'khuyến khích', 'đề nghị', 'yêu cầu', 'giao', 'phân công', 'phân cấp', 'ủy quyền',
  'tiến hành', 'tháo gỡ', 'giải ngân', 'đáp ứng', 'hoàn tất', 'phấn đấu', 'đưa ra', 'loại bỏ', 'xóa bỏ', 'xoá bỏ', 'cắt giảm',
  'đơn giản hóa', 'đơn giản hoá', 'số hóa', 'số hoá', 'đào tạo', 'bồi dưỡng', 'tập huấn', 'thu hút', 'lồng ghép', 'phân bổ', 'khai thác',
  'chia sẻ', 'khảo sát', 'điều tra', 'rà soát lại', 'thể chế hóa', 'thể chế hoá', 'luật hóa', 'luật hoá', 'nhấn mạnh', 'phát biểu', 'hoan nghênh', 'góp phần', 'quyết tâm', 'giữ vai trò', 'trình bày', 'dự', 'tham dự', 'cho biết',
  'đề ra', 'kết luận', 'luôn', 'hiệu quả', 'đánh giá cao', 'ghi nhận', 'chúc mừng', 'thông qua', 'họp', 'làm việc',
];

/**
 * Words of NAME_ENDERS that are also part of units' names, in lower case after the capitalised
 * part: "Ban Quản lý dự án đầu tư xây dựng huyện", "Trung tâm Giáo dục nghề nghiệp - Giáo dục
 * thường xuyên", "Bộ phận tiếp nhận và trả kết quả". Where the text can only be names (a table's
 * "Cơ quan chủ trì" cell, a "Cơ quan chủ trì:" line, the words right before "chủ trì") they do not
 * end a name.
 */
export const NAME_WORDS: string[] = [
  'xây dựng', 'đầu tư', 'phát triển', 'quản lý', 'thường xuyên', 'hỗ trợ', 'đào tạo', 'bồi dưỡng', 'ứng dụng', 'khai thác',
  'vận hành', 'giám sát', 'xử lý', 'phổ biến', 'tuyên truyền', 'kiểm tra', 'thẩm định', 'cung cấp', 'kết nối', 'tiếp nhận',
  'giải quyết', 'nghiên cứu', 'huy động', 'thu hút', 'tập huấn', 'số hóa', 'số hoá', 'đăng ký', 'điều tra', 'khảo sát', 'phân bổ',
  'trong nước',
];

/**
 * Words of a name whose later syllables are a verb that ends names elsewhere: "Bộ Ngoại giao"
 * ("giao"), "các Viện nghiên cứu" ("nghiên cứu"), "Khu Nông nghiệp ứng dụng ..." ("ứng dụng").
 */
export const NAME_COMPOUNDS: string[] = [
  'ngoại giao', 'viện nghiên cứu', 'trung tâm nghiên cứu',
  // "Ban quản lý Khu Nông nghiệp ứng dụng Công nghệ cao", "Khu nông nghiệp ứng dụng công nghệ cao"
  'nghiệp ứng dụng',
];

/**
 * Nouns that hold a word of NAME_ENDERS: "dự án" is not the verb "dự" (attend), "công trình" not
 * "trình" (submit).
 */
export const ENDER_NOUNS: string[] = ['dự án', 'dự toán', 'dự báo', 'dự thảo', 'công trình', 'quy trình', 'lộ trình', 'chương trình'];

/** Words after a head noun that make it no body: "Ban hành", "Hội nghị", "Trường hợp", "các nhiệm vụ". */
export const NOT_BODY_PHRASES: string[] = [
  'ban hành', 'báo cáo', 'hội nghị', 'hội thảo', 'hội nhập', 'trường hợp', 'trường dữ liệu', 'đoàn kết', 'bộ máy', 'vụ việc', 'đơn vị hành chính',
  'cơ quan chức năng', 'các nhiệm vụ', 'tổ chức thực hiện', 'các nội dung', 'các giải pháp', 'thuế suất', 'đài phát', 'các chương trình',
  'phòng chống', 'phòng, chống', 'phòng ngừa', 'phòng tránh', 'phòng cháy', 'phòng dịch', 'phòng thủ', 'phòng vệ',
];

/** After "các", words that start like a collective of bodies and are not one: "các trường dữ liệu", "các trường hợp". */
export const NOT_COLLECTIVE_PHRASES: string[] = ['trường dữ liệu', 'trường hợp', 'đơn vị hành chính', 'đơn vị tính', 'bộ máy', 'vụ việc', 'hội nghị', 'hội thảo'];

/** Head nouns that alone name no one: "Cơ quan chủ trì" is a column, not a body. */
export const GENERIC_HEADS: string[] = ['Cơ quan', 'Đơn vị', 'Tổ chức', 'Doanh nghiệp', 'Các cơ quan', 'Các đơn vị', 'Ban', 'Bộ', 'Sở', 'Hội', 'Phòng', 'Trạm', 'Trung ương'];

/**
 * Capitalised words after a comma that start something else, not the rest of a name: a document
 * kind ("Thành ủy, Nghị quyết số ..."), a person's role, a new clause.
 */
export const AFTER_COMMA_STOPS: string[] = ['Trong', 'Theo', 'Tuy nhiên', 'Đồng thời', 'Đối với', 'Trên cơ sở', 'Sau', 'Từ', 'Tại', 'Với', 'Nhằm', 'Để', 'Ngày', 'Năm', 'Đến', 'Thực hiện', 'Căn cứ'];

/** Family names: a name that runs into "Nguyễn Thị Tuyến" has reached the person, not the body. */
export const FAMILY_NAMES: string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý',
  'Trương', 'Đinh', 'Mai', 'Lâm', 'Đào', 'Cao', 'Hà', 'Tô', 'Lưu', 'Tạ', 'Quách', 'Kiều', 'Thái', 'Triệu', 'Chu', 'Đoàn',
  'Lương', 'Tăng', 'Bạch', 'Vương', 'Trịnh', 'Đàm', 'Lục', 'Nông', 'Hứa', 'Doãn', 'Khuất', 'Âu', 'Tống', 'Giang', 'Châu',
];

/** Proper names that look like a person's but name a place: "Thành phố Hồ Chí Minh". */
export const PLACE_NAMES: string[] = ['Hồ Chí Minh', 'Hà Nội', 'Hà Giang', 'Hà Nam', 'Hà Tĩnh', 'Cao Bằng', 'Lâm Đồng', 'Thái Bình', 'Thái Nguyên', 'Lê Chân', 'Hoàng Mai', 'Hoàng Sa'];

/** A person's role in front of the body they lead: "Giám đốc Sở KH&CN" names Sở KH&CN. */
export const ROLE_WORDS: string[] = [
  'Phó Bí thư', 'Bí thư', 'Phó Chủ tịch', 'Chủ tịch', 'Phó Giám đốc', 'Giám đốc', 'Phó Trưởng ban', 'Trưởng ban', 'Trưởng',
  'Ủy viên', 'Uỷ viên', 'Thường trực', 'Phó Chánh', 'Chánh', 'Thứ trưởng', 'Bộ trưởng', 'Đồng chí', 'đồng chí', 'Phó',
];

/** Phrases before a body that assign it a task: "Giao X ...", "Đề nghị X ...", "Yêu cầu X ...". */
export const ASSIGNING_WORDS: string[] = ['giao', 'đề nghị', 'yêu cầu', 'do', 'khuyến khích'];
/**
 * Of those, the ones that assign after the issuer names itself: "Thủ tướng Chính phủ yêu cầu X thực hiện ...",
 * "..., nếu có vướng mắc đề nghị X phản ánh về ...". Read inside a clause only when nothing else gives a lead.
 */
export const ASSIGNING_IN_CLAUSE: string[] = ['đề nghị', 'yêu cầu'];

/**
 * Names of standing bodies of the State and the Party, without their level or place ("Sở Tài chính"
 * of "Sở Tài chính tỉnh", "Ban Tổ chức" of "Ban Tổ chức Tỉnh ủy"): a clause that starts with one of
 * them, and goes on in lower case with a verb the lexicon does not list ("Sở Tài chính công bố
 * ...", "Công an tỉnh đấu tranh ..."), names its lead. The ministries' and departments' own names
 * are given once (STANDING_AREAS) and read after "Bộ" and "Sở".
 */
export const STANDING_AREAS: string[] = [
  'Quốc phòng', 'Công an', 'Ngoại giao', 'Ngoại vụ', 'Nội vụ', 'Tư pháp', 'Tài chính', 'Công Thương', 'Nông nghiệp và Môi trường',
  'Xây dựng', 'Văn hóa, Thể thao và Du lịch', 'Văn hóa và Thể thao', 'Văn hóa - Thể thao', 'Du lịch', 'Khoa học và Công nghệ',
  'Giáo dục và Đào tạo', 'Y tế', 'Dân tộc và Tôn giáo', 'Kế hoạch và Đầu tư', 'Thông tin và Truyền thông',
  'Lao động - Thương binh và Xã hội', 'Tài nguyên và Môi trường', 'Nông nghiệp và Phát triển nông thôn', 'Giao thông vận tải',
  'Quy hoạch - Kiến trúc',
];
export const STANDING_BODIES: string[] = [
  'Ủy ban nhân dân', 'UBND', 'Hội đồng nhân dân', 'HĐND', 'Văn phòng Ủy ban nhân dân', 'Văn phòng UBND', 'Văn phòng Hội đồng nhân dân',
  'Văn phòng HĐND', 'Văn phòng Chính phủ', 'Văn phòng Tỉnh ủy', 'Văn phòng Thành ủy', 'Văn phòng Huyện ủy', 'Văn phòng Trung ương Đảng',
  'Công an', 'Bộ Chỉ huy Quân sự', 'Bộ Chỉ huy Bộ đội Biên phòng', 'Thanh tra', 'Thanh tra Chính phủ', 'Ngân hàng Nhà nước',
  'Ngân hàng Nhà nước Việt Nam', 'Kho bạc Nhà nước', 'Cục Thuế', 'Thuế', 'Cục Hải quan', 'Hải quan', 'Bảo hiểm xã hội', 'BHXH',
  'Kiểm toán Nhà nước', 'Tòa án nhân dân', 'Viện kiểm sát nhân dân', 'Ban Tổ chức', 'Ban Tuyên giáo', 'Ban Dân vận',
  'Ban Tuyên giáo và Dân vận', 'Ban Nội chính', 'Ban Kinh tế', 'Ban Pháp chế', 'Ban Văn hóa - Xã hội', 'Ban Kinh tế - Ngân sách',
  'Ban Dân tộc', 'Ủy ban Kiểm tra', 'Ủy ban Mặt trận Tổ quốc Việt Nam', 'Ủy ban Mặt trận Tổ quốc', 'Mặt trận Tổ quốc Việt Nam',
  'Liên đoàn Lao động', 'Hội Nông dân', 'Hội Liên hiệp Phụ nữ', 'Hội Cựu chiến binh', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh',
  'Tỉnh đoàn', 'Thành đoàn', 'Đài Phát thanh và Truyền hình', 'Liên minh Hợp tác xã', 'Ban Quản lý Khu kinh tế',
  'Ban Quản lý các khu công nghiệp', 'Trung tâm Phục vụ hành chính công', 'Sở Ngoại vụ',
];
/** What a standing body's name may end with: its level, or the committee it serves ("Ban Tổ chức Tỉnh ủy"). */
export const STANDING_SUFFIXES: string[] = [
  'tỉnh', 'thành phố', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'đặc khu', 'Tỉnh ủy', 'Tỉnh uỷ', 'Thành ủy', 'Thành uỷ', 'Huyện ủy',
  'Huyện uỷ', 'Trung ương', 'Chính phủ', 'Quốc hội', 'Việt Nam', 'khu vực',
];
/**
 * Words after such a name that do not make it the one who acts: the body is the object ("được",
 * "bị"), it assigns the work to another ("giao", "đề nghị"), or the clause goes on about it ("của", "trong").
 */
export const NOT_ACTING_WORDS: string[] = [
  'được', 'bị', 'giao', 'đề nghị', 'yêu cầu', 'phân công', 'ủy quyền', 'uỷ quyền', 'phân cấp', 'chỉ định', 'có', 'là', 'của', 'trong',
  'theo', 'tại', 'về', 'với', 'đối với', 'cho', 'đến', 'từ', 'và', 'hoặc', 'nhằm', 'để', 'như', 'khi', 'nếu', 'trên', 'dưới', 'thuộc',
  'trực thuộc', 'gồm', 'năm', 'đã', 'sẽ', 'vừa', 'mới', 'cũng', 'không', 'chưa',
  // the formulas of a notice: "Văn phòng Chính phủ trân trọng thông báo ...", "Văn phòng UBND tỉnh
  // thông báo để các cơ quan, đơn vị biết", "... thông báo ý kiến kết luận của ..."
  'trân trọng', 'thông báo để', 'thông báo ý kiến', 'thông báo kết luận',
];

/** Verbs after a subject that make it the lead: "X có trách nhiệm ...", "X chỉ đạo ...". */
export const LEAD_VERBS: string[] = [
  'chủ trì', 'có trách nhiệm', 'chịu trách nhiệm', 'lãnh đạo', 'chỉ đạo', 'hướng dẫn', 'tham mưu', 'là cơ quan', 'là đơn vị',
  'là đầu mối', 'làm đầu mối', 'thực hiện', 'triển khai', 'xây dựng', 'tổ chức', 'theo dõi', 'rà soát', 'bố trí',
  'nghiên cứu', 'ban hành', 'chỉ đạo, hướng dẫn', 'lãnh đạo, chỉ đạo', 'khẩn trương', 'tiếp tục', 'chủ động', 'phối hợp',
  'căn cứ', 'cụ thể hóa', 'cụ thể hoá', 'quán triệt', 'đẩy mạnh', 'đẩy nhanh', 'tăng cường', 'thẩm định', 'hướng dẫn, kiểm tra',
  'bảo đảm', 'đảm bảo', 'cân đối', 'trình', 'báo cáo', 'giám sát', 'vận động', 'tuyên truyền', 'phát huy', 'kiểm tra',
  'chuẩn bị', 'hoàn thiện', 'đôn đốc', 'tổng hợp', 'hỗ trợ', 'phổ biến', 'đề xuất', 'cập nhật', 'thúc đẩy',
  'tập trung', 'nâng cao', 'quảng bá', 'phê duyệt', 'sơ kết', 'tổng kết', 'kiện toàn', 'giải quyết', 'vận hành', 'duy trì',
];

/** The verbs of the two roles in a sentence, and the word that names the partner: "X chủ trì, phối hợp với Y". */
export const LEAD_VERB = 'chủ trì';
export const SUPPORT_VERB = 'phối hợp';
export const PARTNER_WORD = 'với';

/** Labels of attribute lines: "Cơ quan chủ trì: X", "Đơn vị phối hợp: Y", "Chủ trì: X". */
export const LEAD_LABELS: string[] = ['cơ quan chủ trì', 'đơn vị chủ trì', 'chủ trì', 'cơ quan thực hiện', 'đơn vị thực hiện', 'cơ quan chủ trì thực hiện', 'cơ quan chủ trì theo dõi', 'cơ quan chủ trì theo dõi, đánh giá', 'chủ trì thực hiện'];
export const SUPPORT_LABELS: string[] = ['cơ quan phối hợp', 'đơn vị phối hợp', 'phối hợp', 'cơ quan phối hợp thực hiện'];
/** Words in a sentence that bring in the supporting bodies after the lead: "chủ trì, phối hợp với ...". */
export const SUPPORT_INTROS: string[] = ['phối hợp với', 'phối hợp chặt chẽ với', 'phối hợp', 'và phối hợp với', 'cùng với'];

/**
 * Abbreviations that are words too, or stand for more than one thing ("ca", "tư"; "CP" is also "cổ phần"):
 * a diff compares them as written rather than expanded.
 */
export const AMBIGUOUS_ABBREVIATIONS: string[] = ['TP', 'TƯ', 'CP', 'CA'];

/** Abbreviations a canonical key expands, so that "UBND tỉnh" and "Ủy ban nhân dân tỉnh" meet. */
export const ABBREVIATIONS: [string, string][] = [
  ['UBND', 'Ủy ban nhân dân'], ['HĐND', 'Hội đồng nhân dân'], ['MTTQ', 'Mặt trận Tổ quốc'], ['TP.', 'thành phố'],
  ['TP', 'thành phố'], ['T.Ư', 'Trung ương'], ['TW', 'Trung ương'], ['TƯ', 'Trung ương'], ['BCH', 'Ban Chấp hành'],
  ['BTV', 'Ban Thường vụ'], ['KH&CN', 'Khoa học và Công nghệ'], ['KHCN', 'Khoa học và Công nghệ'], ['GD&ĐT', 'Giáo dục và Đào tạo'],
  ['GDĐT', 'Giáo dục và Đào tạo'], ['LĐTB&XH', 'Lao động - Thương binh và Xã hội'], ['LĐ-TB&XH', 'Lao động - Thương binh và Xã hội'],
  ['KH&ĐT', 'Kế hoạch và Đầu tư'], ['TT&TT', 'Thông tin và Truyền thông'], ['TTTT', 'Thông tin và Truyền thông'],
  ['VHTT&DL', 'Văn hóa, Thể thao và Du lịch'], ['VH,TT&DL', 'Văn hóa, Thể thao và Du lịch'], ['TN&MT', 'Tài nguyên và Môi trường'],
  ['NN&PTNT', 'Nông nghiệp và Phát triển nông thôn'], ['NN&MT', 'Nông nghiệp và Môi trường'], ['CP', 'Chính phủ'],
  ['TTg', 'Thủ tướng'], ['VPCP', 'Văn phòng Chính phủ'], ['NHNN', 'Ngân hàng Nhà nước'], ['BHXH', 'Bảo hiểm xã hội'],
  ['CA', 'Công an'], ['QĐND', 'Quân đội nhân dân'], ['VTV', 'Đài Truyền hình Việt Nam'], ['VOV', 'Đài Tiếng nói Việt Nam'],
  ['TTXVN', 'Thông tấn xã Việt Nam'],
];
