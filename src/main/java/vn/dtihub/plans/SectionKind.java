package vn.dtihub.plans;

/** The parts of a Vietnamese plan: căn cứ, mục đích yêu cầu, đánh giá năm trước, mục tiêu, giải pháp, kinh phí, tổ chức thực hiện, chế độ báo cáo, nơi nhận. */
public enum SectionKind {
    BASIS,
    PURPOSE,
    EVALUATION,
    OBJECTIVES,
    SOLUTIONS,
    FUNDING,
    IMPLEMENTATION,
    REPORTING,
    RECIPIENTS,
    OTHER
}
