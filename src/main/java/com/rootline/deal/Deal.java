package com.rootline.deal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/** A transaction moving through stages; money in the deployment's currency. */
public record Deal(String id, String kind, Stage stage, Parties parties, Amounts amounts, Closing closing, Terms terms,
		List<StageChange> stageHistory, long version, ZonedDateTime createdAt) {

	/** The contacts on the deal and the agent who handles it. */
	public record Parties(List<String> contactIds, String agentId) {
	}

	/** The price, and our revenue from it: commission or fee. */
	public record Amounts(BigDecimal price, BigDecimal revenue) {
	}

	/** When it is expected to close, when it closed, or why it was lost. */
	public record Closing(LocalDate expectedCloseOn, LocalDate closedOn, String lostReason) {
	}

	/** The loan's type and rate (percent, 6.125) and the property's address. */
	public record Terms(String loanType, Double interestRate, String propertyAddress) {
	}

	public List<String> contactIds() {
		return parties.contactIds();
	}

	public String agentId() {
		return parties.agentId();
	}

	public BigDecimal price() {
		return amounts.price();
	}

	public BigDecimal revenue() {
		return amounts.revenue();
	}

	public LocalDate expectedCloseOn() {
		return closing.expectedCloseOn();
	}

	public LocalDate closedOn() {
		return closing.closedOn();
	}

	public String lostReason() {
		return closing.lostReason();
	}

	public String loanType() {
		return terms.loanType();
	}

	public Double interestRate() {
		return terms.interestRate();
	}

	public String propertyAddress() {
		return terms.propertyAddress();
	}

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
