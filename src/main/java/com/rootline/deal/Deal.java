package com.rootline.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** A transaction moving through stages; money in the deployment's currency. */
public record Deal(String id, String kind, Stage stage, List<String> contactIds, String agentId, BigDecimal price,
		BigDecimal revenue, LocalDate expectedCloseOn, LocalDate closedOn, String loanType, Double interestRate,
		String propertyAddress, String lostReason, List<StageChange> stageHistory, long version,
		ZonedDateTime createdAt) {

	public record StageChange(Stage stage, Stage from, ZonedDateTime at, String by) {
	}

	/** Where a deal stands (the schema's DealStage): open until it is closed or lost. */
	public enum Stage {

		LEAD, APPLICATION, APPROVED, UNDER_CONTRACT, CLOSED, LOST;

		public boolean open() {
			return this != CLOSED && this != LOST;
		}

	}

}
