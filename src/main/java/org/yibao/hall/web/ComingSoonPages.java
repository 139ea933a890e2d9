package org.yibao.hall.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Features announced in the hall whose module is still being built answer with a clear 即将上线 page that
 * says what the feature will do, never with an error. Each path leaves this list when its feature lands.
 */
@Controller
class ComingSoonPages {

    @GetMapping({
            "/services/maternity-allowance",
            "/services/reimbursement"})
    String comingSoon(HttpServletRequest request, Model model) {
        model.addAttribute("feature", Feature.byPath(request.getServletPath()).orElseThrow());
        return "hall/coming-soon";
    }
}
