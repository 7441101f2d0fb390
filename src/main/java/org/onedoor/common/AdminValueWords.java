package org.onedoor.common;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The administration page's words for values a manager picks from a list: a field's pictogram, a
 * priority group's icon, a day of the week. Vietnamese first; English in messages/admval_en.properties.
 */
@MessageBundle(value = "admval", locale = "vi")
public interface AdminValueWords {

    @Message("Hộ tịch")
    String pictogramCivilStatus();

    @Message("Chứng thực")
    String pictogramCertification();

    @Message("Tư pháp")
    String pictogramJustice();

    @Message("Đất đai")
    String pictogramLand();

    @Message("Hộ kinh doanh")
    String pictogramHouseholdBusiness();

    @Message("Xây dựng")
    String pictogramConstruction();

    @Message("Bảo trợ xã hội")
    String pictogramSocialProtection();

    @Message("Người có công")
    String pictogramMeritorious();

    @Message("Chung")
    String pictogramGeneric();

    @Message("Người cao tuổi")
    String iconElderly();

    @Message("Người khuyết tật")
    String iconDisability();

    @Message("Phụ nữ mang thai")
    String iconPregnant();

    @Message("Trẻ nhỏ")
    String iconChild();

    @Message("Người có công")
    String iconMerit();

    @Message("Ưu tiên (chung)")
    String iconPriority();

    @Message("Thứ Hai")
    String dayMonday();

    @Message("Thứ Ba")
    String dayTuesday();

    @Message("Thứ Tư")
    String dayWednesday();

    @Message("Thứ Năm")
    String dayThursday();

    @Message("Thứ Sáu")
    String dayFriday();

    @Message("Thứ Bảy")
    String daySaturday();

    @Message("Chủ Nhật")
    String daySunday();
}
