package org.yibao.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.yibao.catalog.PoolingRegions;
import org.yibao.common.BusinessException;
import org.yibao.common.web.Messages;
import org.yibao.identity.StaffPrincipal;
import org.yibao.identity.internal.StaffLogins;
import org.yibao.identity.internal.WebLogin;

/** The agency back office's door: staff login and the workbench that leads to the review and administration work. */
@Controller
class StaffPages {

    private final StaffLogins logins;
    private final WebLogin webLogin;
    private final PoolingRegions regions;
    private final Messages messages;

    StaffPages(StaffLogins logins, WebLogin webLogin, PoolingRegions regions, Messages messages) {
        this.logins = logins;
        this.webLogin = webLogin;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/staff/login")
    String loginPage(Model model) {
        model.addAttribute("username", "");
        return "staff/login";
    }

    @PostMapping("/staff/login")
    String login(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                 HttpServletRequest request, HttpServletResponse response, Model model) {
        try {
            StaffPrincipal staff = logins.authenticate(username, password, request.getRemoteAddr());
            webLogin.staff(staff, request, response);
            String target = webLogin.savedTarget(request, response, staff.isCashier() ? "/staff/cashier" : "/staff");
            if (staff.isCashier() != target.startsWith("/staff/cashier")) {
                target = staff.isCashier() ? "/staff/cashier" : "/staff";
            }
            return "redirect:" + target;
        } catch (BusinessException e) {
            Throttling.answer(e, response);
            model.addAttribute("username", username);
            model.addAttribute("errors", messages.byField(e));
            return "staff/login";
        }
    }

    @GetMapping("/staff")
    String workbench(@AuthenticationPrincipal StaffPrincipal staff, Model model) {
        model.addAttribute("staff", staff);
        model.addAttribute("region", staff.regionCode() == null ? null : regions.find(staff.regionCode()).orElse(null));
        return "staff/workbench";
    }
}
