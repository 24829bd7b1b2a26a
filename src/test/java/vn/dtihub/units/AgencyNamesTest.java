package vn.dtihub.units;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyNamesTest {

    @Test
    void abbreviationsCaseAndDiacriticsDoNotMatter() {
        assertThat(AgencyNames.key("Sở TT&TT")).isEqualTo(AgencyNames.key("Sở Thông tin và Truyền thông"));
        assertThat(AgencyNames.key("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"))
                .isEqualTo(AgencyNames.key("Sở Thông tin và Truyền thông"));
        assertThat(AgencyNames.key("Văn phòng HĐND&UBND thị xã"))
                .isEqualTo(AgencyNames.key("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã"));
        assertThat(AgencyNames.key("Ban QL Khu Kinh tế Nghi sơn"))
                .isEqualTo(AgencyNames.key("Ban quản lý KKT Nghi Sơn"));
        assertThat(AgencyNames.key("Sở Tài chính")).isNotEqualTo(AgencyNames.key("Sở Tài nguyên và Môi trường"));
    }
}
