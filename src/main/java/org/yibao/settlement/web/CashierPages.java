package org.yibao.settlement.web;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.yibao.catalog.ItemFilter;
import org.yibao.catalog.MedicalCatalog;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Messages;
import org.yibao.identity.StaffPrincipal;
import org.yibao.settlement.institution.CashierDesk;
import org.yibao.settlement.selfpay.CashOrders;

/**
 * The institution cashier's counter (收费台): the person from a pasted QR code or an ID number, a basket of catalog
 * items kept in the session, 预结算, 结算 once per form token, the printable slip (with the state of its 自费支付
 * order) and 撤销. All business steps are
 * {@link CashierDesk}'s, that is the institution API's.
 */
@Controller
@RequestMapping("/staff/cashier")
class CashierPages {

    private static final String PATIENT = "cashier.patient";
    private static final String BASKET = "cashier.basket";
    private static final String MED_TYPE = "cashier.medType";
    private static final String TOKEN = "cashier.token";
    private static final String SETTLED = "cashier.settled";

    /** Every setlinfo amount, in the order the slip prints them. */
    private static final List<String> AMOUNT_FIELDS = List.of("medfee_sumamt", "fulamt_ownpay_amt", "overlmt_selfpay",
            "preselfpay_amt", "inscp_scp_amt", "act_pay_dedc", "hifp_pay", "pool_prop_selfpay", "cvlserv_pay",
            "hifes_pay", "hifmi_pay", "hifob_pay", "maf_pay", "oth_pay", "fund_pay_sumamt", "psn_part_amt", "acct_pay",
            "acct_mulaid_pay", "psn_cash_pay", "balc");

    private final CashierDesk desk;
    private final MedicalCatalog catalog;
    private final Messages messages;
    private final CashOrders cashOrders;

    CashierPages(CashierDesk desk, MedicalCatalog catalog, Messages messages, CashOrders cashOrders) {
        this.cashOrders = cashOrders;
        this.desk = desk;
        this.catalog = catalog;
        this.messages = messages;
    }

    @GetMapping
    String page(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String q,
                HttpSession session, Model model) {
        String institution = institution(staff);
        model.addAttribute("staff", staff);
        model.addAttribute("institutionName", desk.institutionName(institution));
        model.addAttribute("pharmacy", desk.pharmacy(institution));
        model.addAttribute("patient", session.getAttribute(PATIENT));
        List<CashierDesk.Line> basket = basket(session);
        model.addAttribute("basket", basket);
        model.addAttribute("basketTotal", basket.stream().map(CashierDesk.Line::total)
                .reduce(org.yibao.common.Money.ZERO, org.yibao.common.Money::plus));
        model.addAttribute("medType", medType(session, institution));
        model.addAttribute("q", q);
        model.addAttribute("found", q.isBlank() ? List.of() : catalog.search(new ItemFilter(null, q, null)).items());
        if (session.getAttribute(TOKEN) == null) {
            session.setAttribute(TOKEN, desk.newToken());
        }
        model.addAttribute("token", session.getAttribute(TOKEN));
        return "settlement/cashier";
    }

    @PostMapping("/identify")
    String identify(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String voucher,
                    HttpSession session, RedirectAttributes flash) {
        if (voucher.isBlank()) {
            flash.addFlashAttribute("error", messages.text("cashier.error.voucherRequired"));
            return "redirect:/staff/cashier";
        }
        try {
            CashierDesk.Patient patient = desk.identify(institution(staff), staff.login(), voucher);
            session.setAttribute(PATIENT, patient);
            session.setAttribute(BASKET, new Basket(List.of()));
            session.setAttribute(TOKEN, desk.newToken());
        } catch (BusinessException e) {
            flash.addFlashAttribute("error", messages.text("cashier.error." + e.code()));
        } catch (CashierDesk.Refusal e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/cashier";
    }

    @PostMapping("/items")
    String add(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String code,
               @RequestParam(defaultValue = "1") String cnt, @RequestParam(defaultValue = "") String price,
               HttpSession session, RedirectAttributes flash) {
        try {
            List<CashierDesk.Line> basket = new ArrayList<>(basket(session));
            basket.add(desk.line(code, cnt, price));
            session.setAttribute(BASKET, new Basket(basket));
            session.setAttribute(TOKEN, desk.newToken());
        } catch (CashierDesk.Refusal e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/cashier";
    }

    @PostMapping("/items/remove")
    String remove(@RequestParam(defaultValue = "-1") int index, HttpSession session) {
        List<CashierDesk.Line> basket = new ArrayList<>(basket(session));
        if (index >= 0 && index < basket.size()) {
            basket.remove(index);
            session.setAttribute(BASKET, new Basket(basket));
            session.setAttribute(TOKEN, desk.newToken());
        }
        return "redirect:/staff/cashier";
    }

    @PostMapping("/med-type")
    String medType(@RequestParam(defaultValue = "11") String medType, HttpSession session) {
        session.setAttribute(MED_TYPE, medType);
        session.setAttribute(TOKEN, desk.newToken());
        return "redirect:/staff/cashier";
    }

    /** The patient pays the person's part from the personal account, or declines it (cash: counter or 自费支付). */
    @PostMapping("/account-use")
    String accountUse(@RequestParam(defaultValue = "1") String used, HttpSession session) {
        CashierDesk.Patient patient = (CashierDesk.Patient) session.getAttribute(PATIENT);
        if (patient != null) {
            session.setAttribute(PATIENT, patient.usingAccount(!"0".equals(used)));
            session.setAttribute(TOKEN, desk.newToken());
        }
        return "redirect:/staff/cashier";
    }

    @PostMapping("/clear")
    String clear(HttpSession session) {
        session.removeAttribute(PATIENT);
        session.removeAttribute(BASKET);
        session.removeAttribute(MED_TYPE);
        session.setAttribute(TOKEN, desk.newToken());
        return "redirect:/staff/cashier";
    }

    @PostMapping("/pre-settle")
    String preSettle(@AuthenticationPrincipal StaffPrincipal staff, HttpSession session, Model model,
                     RedirectAttributes flash) {
        CashierDesk.Patient patient = (CashierDesk.Patient) session.getAttribute(PATIENT);
        if (patient == null) {
            flash.addFlashAttribute("error", messages.text("cashier.error.noPatient"));
            return "redirect:/staff/cashier";
        }
        String institution = institution(staff);
        try {
            model.addAttribute("preview", desk.preSettle(institution, staff.login(), patient,
                    medType(session, institution), basket(session)));
        } catch (CashierDesk.Refusal e) {
            model.addAttribute("error", e.getMessage());
        }
        return page(staff, "", session, model);
    }

    @PostMapping("/settle")
    String settle(@AuthenticationPrincipal StaffPrincipal staff, @RequestParam(defaultValue = "") String token,
                  HttpSession session, RedirectAttributes flash) {
        Map<String, String> settled = session.getAttribute(SETTLED) instanceof Settled s ? s.byToken() : Map.of();
        if (settled.containsKey(token)) {
            return "redirect:/staff/cashier/slip/" + settled.get(token);
        }
        CashierDesk.Patient patient = (CashierDesk.Patient) session.getAttribute(PATIENT);
        if (patient == null) {
            flash.addFlashAttribute("error", messages.text("cashier.error.noPatient"));
            return "redirect:/staff/cashier";
        }
        String institution = institution(staff);
        try {
            String setlId = desk.settle(institution, staff.login(), patient, medType(session, institution),
                    basket(session), token);
            Map<String, String> done = new HashMap<>(settled);
            done.put(token, setlId);
            session.setAttribute(SETTLED, new Settled(done));
            session.removeAttribute(PATIENT);
            session.removeAttribute(BASKET);
            session.removeAttribute(MED_TYPE);
            session.setAttribute(TOKEN, desk.newToken());
            return "redirect:/staff/cashier/slip/" + setlId;
        } catch (CashierDesk.Refusal e) {
            flash.addFlashAttribute("error", e.getMessage());
            return "redirect:/staff/cashier";
        }
    }

    @GetMapping("/slip/{setlId}")
    String slip(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String setlId, Model model) {
        String institution = institution(staff);
        model.addAttribute("staff", staff);
        model.addAttribute("institutionName", desk.institutionName(institution));
        model.addAttribute("institutionCode", institution);
        model.addAttribute("amountFields", AMOUNT_FIELDS);
        desk.slip(institution, setlId).ifPresentOrElse(s -> model.addAttribute("slip", s),
                () -> model.addAttribute("error", messages.text("cashier.error.noSettlement")));
        cashOrders.ofSettlement(setlId, institution).ifPresent(o -> model.addAttribute("cashOrder", o)); // 自费支付
        return "settlement/cashier-slip";
    }

    @PostMapping("/slip/{setlId}/reverse")
    String reverse(@AuthenticationPrincipal StaffPrincipal staff, @PathVariable String setlId,
                   RedirectAttributes flash) {
        try {
            desk.reverse(institution(staff), staff.login(), setlId);
            flash.addFlashAttribute("notice", messages.text("cashier.reversed"));
        } catch (CashierDesk.Refusal e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/staff/cashier/slip/" + setlId;
    }

    private static String institution(StaffPrincipal staff) {
        String code = staff.institutionCode();
        if (code == null) {
            throw new IllegalStateException("a cashier without an institution");
        }
        return code;
    }

    private String medType(HttpSession session, String institution) {
        Object chosen = session.getAttribute(MED_TYPE);
        return desk.pharmacy(institution) ? "41" : chosen == null ? "11" : (String) chosen;
    }

    private static List<CashierDesk.Line> basket(HttpSession session) {
        return session.getAttribute(BASKET) instanceof Basket b ? b.lines() : List.of();
    }

    /** The items at the counter, in the staff member's session. */
    private record Basket(List<CashierDesk.Line> lines) implements Serializable {
        Basket {
            lines = List.copyOf(lines);
        }
    }

    /** The settlements the session made, by the form's token: the same form sent again shows the same slip. */
    private record Settled(Map<String, String> byToken) implements Serializable {
        Settled {
            byToken = Map.copyOf(byToken);
        }
    }
}
