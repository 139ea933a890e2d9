package org.yibao.catalog.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.yibao.catalog.MedicalItem;
import org.yibao.catalog.PolicyArticle;
import org.yibao.catalog.ResultPage;
import org.yibao.common.web.Messages;

/** The REST shapes of catalog rows: amounts as yuan with two decimals, class names in the reader's language. */
@Component
class CatalogViews {

    private final Messages messages;

    CatalogViews(Messages messages) {
        this.messages = messages;
    }

    record PageView<T>(List<T> items, int page, int size, long total, int pages) {

        static <S, T> PageView<T> of(ResultPage<S> result, Function<S, T> view) {
            return new PageView<>(result.items().stream().map(view).toList(), result.page(), result.size(),
                    result.total(), result.pages());
        }
    }

    /**
     * {@code selfpayProp} is the 先行自付 share as in the national interface (0.10 = 10 %); {@code accountBarred}: no
     * personal account (own nor 家庭共济) may pay the item (公共卫生、体育健身、养生保健, seed 002).
     */
    record ItemView(String code, String name, String category, String subcategory, String itemClass,
                    String itemClassName, String chrgitmLv, @Nullable String specification, String unit,
                    @Nullable String manufacturer, BigDecimal price, @Nullable BigDecimal priceCap,
                    BigDecimal selfpayProp, LocalDate validFrom, @Nullable LocalDate validTo,
                    boolean accountBarred) {
    }

    record PolicyView(long id, String title, @Nullable String regionCode, String regionName, String issuer,
                      String documentNumber, LocalDate publishDate, @Nullable List<String> paragraphs,
                      boolean sample) {
    }

    ItemView item(MedicalItem i) {
        return new ItemView(i.code(), i.name(), i.category().name(), i.subcategory(), i.itemClass().name(),
                messages.text("catalog.class." + i.itemClass().name()), i.itemClass().chrgitmLv(), i.specification(),
                i.unit(), i.manufacturer(), i.price().yuan(), i.priceCap() == null ? null : i.priceCap().yuan(),
                i.prepaidShare().setScale(2, java.math.RoundingMode.HALF_UP), i.validFrom(), i.validTo(),
                i.accountBarred());
    }

    PolicyView policy(PolicyArticle p, boolean withBody) {
        String region = p.isNational() ? messages.text("catalog.policy.national") : String.valueOf(p.regionName());
        return new PolicyView(p.id(), p.title(), p.regionCode(), region, p.issuer(), p.documentNumber(),
                p.publishDate(), withBody ? p.paragraphs() : null, p.sample());
    }
}
