"""The TEI's lists: numbered items are a list of their own, nested the way the outline is printed."""
from __future__ import annotations

from lxml import etree

from fruspipe.options import Options
from fruspipe.pipeline import convert

NS = {"t": "http://www.tei-c.org/ns/1.0"}

MEMO = """112. Action Memorandum From the Assistant Secretary of State for Far Eastern Affairs (Bundy) to the Under Secretary of State (Ball)1

SUBJECT

  • Proposed New Policy Initiatives for December 15 Warsaw Meeting

  1. At the December 15 Warsaw meeting we propose to give the Chinese Communists clear warning.
  2. We suggest that present U.S. policy be modified to allow for the following new initiatives:
    a. We would state our readiness to admit Chinese journalists.
    b. Provided our travel package on doctors is accepted, we would go further:
      (1) medicines;
      (2) foodstuffs.
    c. We propose suggesting that we jointly examine their charges.
  3. I believe that these moves are important. In the telegram you will note that it is recommended:
  1. That you approve a modification in present policy.
  2. That you authorize Ambassador Gronouski to affirm our willingness.
  4. Additionally, we should maintain a policy of firmness.

  1. Source: Department of State, Central Files, POL CHICOM-US. Confidential. Drafted by Dean.
"""


def test_items_are_not_in_the_subject_list_and_nest_as_printed(tmp_path):
    p = tmp_path / "d112.txt"
    p.write_text(MEMO, encoding="utf-8")
    tei = etree.fromstring(convert(p, Options()).tei_text)
    subject = tei.find(".//t:list[@type='subject']", NS)
    assert [i.text for i in subject.findall("t:item", NS)] == ["Proposed New Policy Initiatives for December 15 Warsaw Meeting"]
    (outline,) = [lst for lst in tei.findall(".//t:div/t:list", NS) if lst.get("type") is None]
    assert [i.get("n") for i in outline.findall("t:item", NS)] == ["1", "2", "3", "4"]
    second = outline.findall("t:item", NS)[1]
    assert [i.get("n") for i in second.findall("t:list/t:item", NS)] == ["a", "b", "c"]
    b = second.findall("t:list/t:item", NS)[1]
    assert [i.text for i in b.findall("t:list/t:item", NS)] == ["(1) medicines;", "(2) foodstuffs."]


def test_numbering_that_starts_again_after_a_colon_is_the_items_own_list(tmp_path):
    p = tmp_path / "d112.txt"
    p.write_text(MEMO, encoding="utf-8")
    tei = etree.fromstring(convert(p, Options()).tei_text)
    (outline,) = [lst for lst in tei.findall(".//t:div/t:list", NS) if lst.get("type") is None]
    third = outline.findall("t:item", NS)[2]
    assert [i.text[:9] for i in third.findall("t:list/t:item", NS)] == ["1. That y", "2. That y"]


ATTACHMENT = """88. Memorandum From the President’s Assistant for National Security Affairs (Kissinger) to President Nixon1

SUBJECT

  • The US Role in Soviet Maneuvering Against China

The increase in Sino-Soviet tensions has led the Soviets to sound out American contacts.

Tab A

Memorandum From Secretary of State Rogers to President Nixon

SUBJECT

  • The Possibility of a Soviet Strike Against Chinese Nuclear Facilities

Soviet Embassy Second Secretary Davydov brought up the idea.

  1. Source: National Archives, Nixon Presidential Materials, NSC Files, Box 337. Secret.
"""


def test_an_attachments_subject_list_keeps_its_item(tmp_path):
    p = tmp_path / "d88.txt"
    p.write_text(ATTACHMENT, encoding="utf-8")
    tei = etree.fromstring(convert(p, Options()).tei_text)
    subjects = tei.findall(".//t:list[@type='subject']", NS)
    assert [[i.text for i in lst.findall("t:item", NS)] for lst in subjects] == [
        ["The US Role in Soviet Maneuvering Against China"],
        ["The Possibility of a Soviet Strike Against Chinese Nuclear Facilities"]]


def test_an_unlabelled_item_goes_on_in_its_list(tmp_path):
    # the 1952–54 web copies print a numbered recommendation and its comment as two bullets
    p = tmp_path / "d625.txt"
    p.write_text("625. Memorandum by the Director (Young) to the Assistant Secretary (Allison)1\n\n"
                 "Our present thinking follows.\n\n"
                 "  • 1. The Amami Oshima group should be returned to Japan.\n"
                 "  • We are not convinced of the strategic necessity for its retention.\n"
                 "  • 2. A revised directive should be issued.\n\n"
                 "  1. Source: Department of State, Central Files, 794C.0221/1–753. Top Secret.\n", encoding="utf-8")
    tei = etree.fromstring(convert(p, Options()).tei_text)
    lists = tei.findall(".//t:div/t:list", NS)
    assert len(lists) == 1 and not lists[0].findall(".//t:list", NS)
    assert [i.text[:6] for i in lists[0].findall("t:item", NS)] == ["1. The", "We are", "2. A r"]
