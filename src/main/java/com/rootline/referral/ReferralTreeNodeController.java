package com.rootline.referral;

import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/** The fields of {@code ReferralTreeNode} beyond its row: one query per page, whatever its size. */
@Controller
class ReferralTreeNodeController {

	private final ReferralReports reports;

	ReferralTreeNodeController(ReferralReports reports) {
		this.reports = reports;
	}

	@BatchMapping(typeName = "ReferralTreeNode")
	@PreAuthorize("hasRole('VIEWER')")
	Map<ReferralReports.TreeNode, ReferralReports.SubtreeSummary> subtree(List<ReferralReports.TreeNode> nodes) {
		return reports.subtreeSummaries(nodes);
	}

}
